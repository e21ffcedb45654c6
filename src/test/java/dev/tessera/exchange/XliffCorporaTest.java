package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Other tools' XLIFF files from {@code ../shared/corpora/xliff} become documents over HTTP, or are refused with a
 * message naming the problem; every file of the XLIFF 2.1 suite's {@code core/invalid} is refused; nothing is a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class XliffCorporaTest {

    private static final Pattern SOURCE = Pattern.compile("(?:source-language|srcLang)=\"([^\"]+)\"");
    private static final Pattern TARGET = Pattern.compile("(?:target-language|trgLang)=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final Map<String, String> projects = new HashMap<>();
    private ApiClient api;

    @Test
    void okapiSamplesAndTheValidSuiteImportOrAreRefusedWithAMessage() throws IOException {
        api = new ApiClient(port);
        Path xliff = corpora().resolve("xliff");
        List<Path> files = new ArrayList<>(files(xliff.resolve("okapi-xliff12-filter-samples")));
        files.addAll(files(xliff.resolve("oasis-xliff-2.1-2.2/xliff-21/test-suite/core/valid")));
        files.addAll(files(xliff.resolve("oasis-xliff-2.1-2.2/xliff-21/test-suite/modules/valid")));
        assertThat(files).hasSizeGreaterThan(80);
        List<String> imported = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path file : files) {
            Response response = post(file);
            assertThat(response.status()).as(file + ": " + response.body()).isIn(201, 400);
            String outcome = xliff.relativize(file) + ": "
                    + (response.status() == 201
                            ? response.json().path("segmentCount").asInt() + " segments, "
                                    + response.json()
                                            .path("translations")
                                            .path("updated")
                                            .asInt() + " targets"
                            : response.json().path("message").asString());
            if (response.status() == 400) {
                assertThat(response.json().path("message").asString())
                        .as(file.toString())
                        .isNotBlank();
            }
            (response.status() == 201 ? imported : refused).add(outcome);
        }
        System.out.println("Imported " + imported.size() + ":");
        imported.forEach(o -> System.out.println("  " + o));
        System.out.println("Refused " + refused.size() + ":");
        refused.forEach(o -> System.out.println("  " + o));
        assertThat(imported)
                .anyMatch(o -> o.contains("okapi-xliff12-filter-samples/segsource.xlf"))
                .anyMatch(o -> o.contains("core/valid/everything-core.xlf"));
        assertThat(imported.size()).isGreaterThan(files.size() / 2);
    }

    @Test
    void everyInvalidCoreFileOfTheSuiteIsRefused() throws IOException {
        api = new ApiClient(port);
        List<Path> files = files(corpora().resolve("xliff/oasis-xliff-2.1-2.2/xliff-21/test-suite/core/invalid"));
        assertThat(files).hasSize(119);
        for (Path file : files) {
            Response response = post(file);
            assertThat(response.status()).as(file + ": " + response.body()).isEqualTo(400);
            assertThat(response.json().path("message").asString())
                    .as(file.toString())
                    .isNotBlank();
        }
    }

    /** Posts the file as a new document of a project translating between its languages (made on first need). */
    private Response post(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        Matcher source = SOURCE.matcher(text);
        Matcher target = TARGET.matcher(text);
        return post(bytes, source.find() ? source.group(1) : "en", target.find() ? target.group(1) : "fr");
    }

    private Response post(byte[] bytes, String source, String target) {
        String slug = projects.computeIfAbsent(source + ">" + target, key -> project(source, target));
        return api.post(
                "manager",
                "/api/v1/projects/" + slug + "/documents?name=" + UUID.randomUUID(),
                "application/xliff+xml",
                bytes);
    }

    private String project(String source, String target) {
        String slug = "c" + UUID.randomUUID().toString().substring(0, 8);
        Response created = api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of("slug", slug, "name", slug, "sourceLocale", source, "targetLocales", List.of(target)));
        return created.status() == 201 ? slug : projects.computeIfAbsent("en>fr", key -> project("en", "fr"));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().matches(".*\\.(xlf|xliff|sdlxliff|xml)$"))
                    .sorted()
                    .toList();
        }
    }

    private static Path corpora() {
        String property = System.getProperty("tessera.corpora", "");
        Path folder = property.isBlank() ? null : Path.of(property);
        if (folder == null || !Files.isDirectory(folder.resolve("xliff"))) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("The corpora are missing: pass -Dtessera.corpora=../shared/corpora");
            }
            Assumptions.abort("No corpora (-Dtessera.corpora); skipped.");
        }
        return folder;
    }
}
