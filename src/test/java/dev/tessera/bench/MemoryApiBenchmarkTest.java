package dev.tessera.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.segmentation.Segmenter;
import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The translation memory issue's figures through the server (H2, the test profile): a TMX import of 50,000 en–zh
 * units of the corpora's sentences, recombined, through the REST API; and the time from a reviewer's approval to the
 * approved segment being a match for a segment of another document, with that memory linked to the project. Runs only
 * in the benchmark profile, with API tokens:
 * {@code mvn -Pbench test -Dtest=MemoryApiBenchmarkTest -Dtessera.corpora=../shared/corpora}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MemoryApiBenchmarkTest {

    static final int IMPORTED = 50_000;
    static final int APPROVALS = 20;
    static final int WARM_UP = 5;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    ApiClient api;

    @Test
    void importAndApprovalToMatch() throws Exception {
        MemoryCorpus corpus = MemoryCorpus.load(MemoryCorpus.folder(), 0, 14);
        api = new ApiClient(port);
        String manager = api.token("manager");
        String translator = api.token("translator");
        String reviewer = api.token("reviewer");

        Random random = new Random(50);
        Set<String> seen = new HashSet<>();
        List<MemoryCorpus.Sentence> units = new ArrayList<>();
        while (units.size() < IMPORTED) {
            MemoryCorpus.Sentence unit = corpus.unit(random, true);
            if (seen.add(unit.en())) {
                units.add(unit);
            }
        }
        byte[] warmUpFile = MemoryCorpus.tmx(units.subList(0, 2_000)).getBytes(StandardCharsets.UTF_8);
        byte[] file = MemoryCorpus.tmx(units).getBytes(StandardCharsets.UTF_8);
        importTmx(manager, memory(manager, "bench warm-up"), warmUpFile);
        long memory = memory(manager, "bench " + IMPORTED);
        long started = System.nanoTime();
        JsonNode imported = importTmx(manager, memory, file);
        long importNanos = System.nanoTime() - started;
        assertThat(imported.path("created").asInt()).isEqualTo(IMPORTED);

        String slug = "bench-tm";
        Response project = send(
                manager,
                "POST",
                "/api/v1/projects",
                Map.of("slug", slug, "name", "Bench TM", "sourceLocale", "en", "targetLocales", List.of("zh-Hans")));
        assertThat(project.status()).as(project.body()).isEqualTo(201);
        Response learning = send(
                manager,
                "PUT",
                "/api/v1/projects/" + slug + "/memory-learning",
                Map.of("includeTranslated", false, "unapprovedPenalty", 0));
        assertThat(learning.status()).as(learning.body()).isEqualTo(200);
        Response link = send(
                manager,
                "PUT",
                "/api/v1/projects/" + slug + "/memories/" + memory,
                Map.of("write", false, "penalty", 0));
        assertThat(link.status()).as(link.body()).isEqualTo(204);

        // Two documents: sentences with a Chinese translation and no digits (so no QA error blocks the approval), and
        // the same sentences with a word replaced.
        Segmenter segmenter = Segmenter.forLanguage("en");
        List<MemoryCorpus.Sentence> chosen = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        for (MemoryCorpus.Sentence sentence : corpus.pool) {
            if (chosen.size() == APPROVALS + WARM_UP) {
                break;
            }
            if (sentence.zh() == null
                    || sentence.en().chars().anyMatch(Character::isDigit)
                    || sentence.en().split(" ").length < 5
                    || segmenter.sentences(sentence.en()).size() != 1) {
                continue;
            }
            String variant = corpus.edit(sentence.en(), MemoryCorpus.Edit.REPLACE, random);
            if (!variant.equals(sentence.en()) && segmenter.sentences(variant).size() == 1) {
                chosen.add(sentence);
                edited.add(variant);
            }
        }
        long firstDocument = document(
                manager,
                slug,
                "approved.txt",
                String.join("\n", chosen.stream().map(MemoryCorpus.Sentence::en).toList()));
        List<Long> first = segments(translator, firstDocument, chosen.size());
        long secondDocument = document(manager, slug, "other.txt", String.join("\n", edited));
        List<Long> second = segments(translator, secondDocument, chosen.size());

        List<Long> latencies = new ArrayList<>();
        List<Long> approvals = new ArrayList<>();
        List<Long> lookups = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Response saved = send(
                    translator,
                    "PUT",
                    "/api/v1/documents/" + firstDocument + "/segments/" + first.get(i) + "/translations/zh-Hans",
                    Map.of("target", chosen.get(i).zh(), "status", "TRANSLATED", "version", 0));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            String matches =
                    "/api/v1/documents/" + secondDocument + "/segments/" + second.get(i) + "/matches?locale=zh-Hans";
            assertThat(hasMatch(
                            send(translator, "GET", matches, null),
                            chosen.get(i).en(),
                            memory))
                    .isFalse();
            long start = System.nanoTime();
            Response approved = send(
                    reviewer,
                    "POST",
                    "/api/v1/documents/" + firstDocument + "/segments/" + first.get(i) + "/translations/zh-Hans/review",
                    Map.of("action", "APPROVE", "version", 1));
            long approvedAt = System.nanoTime();
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            boolean found = false;
            while (!found && System.nanoTime() - start < 30_000_000_000L) {
                long ask = System.nanoTime();
                found = hasMatch(
                        send(translator, "GET", matches, null), chosen.get(i).en(), memory);
                lookups.add(System.nanoTime() - ask);
                if (!found) {
                    Thread.sleep(1);
                }
            }
            assertThat(found).as("the approved unit became a match").isTrue();
            if (i >= WARM_UP) {
                latencies.add(System.nanoTime() - start);
                approvals.add(approvedAt - start);
            }
        }

        // The same lookups with nothing else running: every segment of the second document, the first round a
        // warm-up.
        List<Long> quiet = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (long segment : second) {
                String matches =
                        "/api/v1/documents/" + secondDocument + "/segments/" + segment + "/matches?locale=zh-Hans";
                long ask = System.nanoTime();
                Response response = send(translator, "GET", matches, null);
                if (round > 0) {
                    quiet.add(System.nanoTime() - ask);
                }
                assertThat(response.status()).isEqualTo(200);
            }
        }

        System.out.println();
        System.out.println("| translation memory benchmark (through the server, H2) | figure |");
        System.out.println("|---|---|");
        System.out.printf(
                "| TMX import, %,d en–zh units (%.1f MB) through POST /api/v1/memories/{id}/import, index included |"
                        + " %,.0f units/s (%.1f s) |%n",
                IMPORTED, file.length / 1e6, IMPORTED * 1e9 / importNanos, importNanos / 1e9);
        System.out.printf(
                "| approval (REST review APPROVE) to the unit returned by GET …/matches for another document, %d"
                        + " approvals after %d: median / max | %.0f / %.0f ms (the approval request alone: median %.0f ms)"
                        + " |%n",
                APPROVALS,
                WARM_UP,
                MemoryBenchmarkTest.percentile(latencies, 50) / 1e6,
                MemoryBenchmarkTest.percentile(latencies, 100) / 1e6,
                MemoryBenchmarkTest.percentile(approvals, 50) / 1e6);
        System.out.printf(
                "| GET …/matches (limit 5, threshold 50) with %,d units linked, %d requests while approvals are learnt:"
                        + " median / p95 | %.1f / %.1f"
                        + " ms |%n",
                IMPORTED,
                lookups.size(),
                MemoryBenchmarkTest.percentile(lookups, 50) / 1e6,
                MemoryBenchmarkTest.percentile(lookups, 95) / 1e6);
        System.out.printf(
                "| the same, nothing else running, %d requests (every segment of a document, 3 rounds after one):"
                        + " median / p95 | %.1f / %.1f ms |%n",
                quiet.size(),
                MemoryBenchmarkTest.percentile(quiet, 50) / 1e6,
                MemoryBenchmarkTest.percentile(quiet, 95) / 1e6);
        System.out.println();
    }

    /** Whether the project's own memory offers the approved sentence (the imported one may hold it too). */
    private static boolean hasMatch(Response response, String source, long imported) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json()
                .valueStream()
                .anyMatch(m -> m.path("source").asString().equals(source)
                        && m.path("memory").path("id").asLong() != imported);
    }

    private long memory(String token, String name) {
        Response created = send(token, "POST", "/api/v1/memories", Map.of("name", name, "sourceLocale", "en"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private JsonNode importTmx(String token, long memory, byte[] file) {
        Response imported = api.send(
                null,
                HttpRequest.newBuilder(api.uri("/api/v1/memories/" + memory + "/import"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        return imported.json();
    }

    private long document(String token, String slug, String name, String text) {
        Response created = api.send(
                null,
                HttpRequest.newBuilder(api.uri("/api/v1/projects/" + slug + "/documents?name=" + name))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "text/plain; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private List<Long> segments(String token, long document, int expected) {
        List<Long> ids = send(token, "GET", "/api/v1/documents/" + document + "/segments?locale=zh-Hans", null)
                .json()
                .valueStream()
                .map(n -> n.path("id").asLong())
                .toList();
        assertThat(ids).hasSize(expected);
        return ids;
    }

    private Response send(String token, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return api.send(null, request);
    }
}
