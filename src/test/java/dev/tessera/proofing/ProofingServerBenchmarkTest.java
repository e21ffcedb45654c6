package dev.tessera.proofing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import dev.tessera.support.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The language checks as users meet them: the server in a process of its own (demo data on, so French is warmed
 * after start-up), one translator saving TICO-19's French targets through an API token. Save latency with the
 * language checks on and with every one of them OFF, how long the findings take to follow a save, how long the
 * first check after start-up took to load, and the background proofreading of the whole 3,071-segment document.
 * {@code mvn -Pbench test -Dtest=ProofingServerBenchmarkTest -Dtessera.corpora=../shared/corpora}.
 */
@Tag("bench")
class ProofingServerBenchmarkTest {

    static final int SAVES = 200;
    static final Pattern READY = Pattern.compile("Language checks of fr ready in (\\d+) ms");

    @TempDir
    Path folder;

    @Test
    void savesWithAndWithoutLanguageChecks() throws Exception {
        List<ProofingBenchmarkTest.Unit> units =
                ProofingBenchmarkTest.units(ProofingBenchmarkTest.corpora().resolve("tmx/tico-19/all.en-fr.tmx"));
        try (ServerProcess server =
                new ServerProcess(folder.resolve("server"), Map.of("tessera.proofing.enabled", "true"))) {
            long started = System.nanoTime();
            server.start();
            double startSeconds = (System.nanoTime() - started) / 1e9;
            ApiClient api = new ApiClient(server.port());
            String manager = ApiClient.bearer(api.token("manager"));
            String translator = ApiClient.bearer(api.token("translator"));
            api.postJson(
                    manager,
                    "/api/v1/projects",
                    Map.of("slug", "tico", "name", "TICO-19", "sourceLocale", "en", "targetLocales", List.of("fr")));
            StringBuilder text = new StringBuilder();
            for (ProofingBenchmarkTest.Unit unit : units) {
                text.append(unit.source().replace('\n', ' ')).append('\n');
            }
            long document = api.postText(manager, "/api/v1/projects/tico/documents?name=tico", text.toString())
                    .json()
                    .path("id")
                    .asLong();
            List<JsonNode> rows = api.get(manager, "/api/v1/documents/" + document + "/segments?locale=fr")
                    .json()
                    .valueStream()
                    .toList();
            String languages = "/api/v1/projects/tico/qa-settings/languages";

            long firstSave = System.nanoTime();
            save(api, translator, document, rows.get(0), units.get(0).target(), 0);
            waitProofread(api, manager, languages);
            double firstFindings = (System.nanoTime() - firstSave) / 1e6;

            List<Long> withChecks = new ArrayList<>();
            List<Long> findingsAfter = new ArrayList<>();
            for (int i = 1; i <= SAVES; i++) {
                long start = System.nanoTime();
                save(api, translator, document, rows.get(i), units.get(i).target(), 0);
                long answered = System.nanoTime();
                withChecks.add(answered - start);
                waitProofread(api, manager, languages);
                findingsAfter.add(System.nanoTime() - answered);
            }
            assertThat(api.patchJson(
                                    manager,
                                    "/api/v1/projects/tico/qa-settings",
                                    Map.of("lang.spelling", "OFF", "lang.grammar", "OFF", "lang.typography", "OFF"))
                            .status())
                    .isEqualTo(200);
            waitProofread(api, manager, languages);
            List<Long> withoutChecks = new ArrayList<>();
            for (int i = SAVES + 1; i <= 2 * SAVES; i++) {
                long start = System.nanoTime();
                save(api, translator, document, rows.get(i), units.get(i).target(), 0);
                withoutChecks.add(System.nanoTime() - start);
                waitProofread(api, manager, languages);
            }

            for (int i = 2 * SAVES + 1; i < Math.min(rows.size(), units.size()); i++) {
                save(api, translator, document, rows.get(i), units.get(i).target(), 0);
            }
            waitProofread(api, manager, languages);
            long recheck = System.nanoTime();
            assertThat(api.patchJson(
                                    manager,
                                    "/api/v1/projects/tico/qa-settings",
                                    Map.of(
                                            "lang.spelling",
                                            "WARNING",
                                            "lang.grammar",
                                            "WARNING",
                                            "lang.typography",
                                            "WARNING"))
                            .status())
                    .isEqualTo(200);
            waitProofread(api, manager, languages);
            double recheckSeconds = (System.nanoTime() - recheck) / 1e9;

            Matcher ready = READY.matcher(Files.readString(server.log()));
            String warm = ready.find() ? ready.group(1) + " ms" : "not logged";
            System.out.println();
            System.out.println("| language checks, server process, one translator with an API token | figure |");
            System.out.println("|---|---|");
            System.out.printf(
                    "| server start (health UP) / French checker loaded in the background after it | %.1f s / %s |%n",
                    startSeconds, warm);
            System.out.printf(
                    "| first save of the project: answer to language findings stored | %.0f ms |%n", firstFindings);
            System.out.printf(
                    "| PUT of a target, checks on (%d saves): p50 / p95 | %.1f / %.1f ms |%n",
                    SAVES, percentile(withChecks, 50) / 1e6, percentile(withChecks, 95) / 1e6);
            System.out.printf(
                    "| PUT of a target, every language check OFF (%d saves): p50 / p95 | %.1f / %.1f ms |%n",
                    SAVES, percentile(withoutChecks, 50) / 1e6, percentile(withoutChecks, 95) / 1e6);
            System.out.printf(
                    "| answer to language findings stored (seen by polling every 20 ms): p50 / p95 / max | %.0f / %.0f / %.0f ms |%n",
                    percentile(findingsAfter, 50) / 1e6,
                    percentile(findingsAfter, 95) / 1e6,
                    percentile(findingsAfter, 100) / 1e6);
            System.out.printf(
                    "| the %,d-segment document proofread again in the background after a settings change | %.1f s (%.0f segments/s) |%n",
                    rows.size(), recheckSeconds, rows.size() / recheckSeconds);
            System.out.println();
        }
    }

    private static double percentile(List<Long> values, int p) {
        return ProofingBenchmarkTest.percentile(
                values.stream().mapToLong(Long::longValue).sorted().toArray(), p);
    }

    /** Saves the target; a repetition the server filled meanwhile (a propagated draft) is saved on its version. */
    private static void save(ApiClient api, String user, long document, JsonNode row, String target, int version) {
        String path =
                "/api/v1/documents/" + document + "/segments/" + row.path("id").asLong() + "/translations/fr";
        Response saved = api.putJson(user, path, Map.of("target", target, "status", "TRANSLATED", "version", version));
        if (saved.status() == 409) {
            int current = saved.json().path("current").path("version").asInt();
            saved = api.putJson(user, path, Map.of("target", target, "status", "TRANSLATED", "version", current));
        }
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static void waitProofread(ApiClient api, String user, String languages) throws InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (api.get(user, languages).json().path("fr").path("waiting").asLong() > 0) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
