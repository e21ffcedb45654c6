package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Publishing into a translations folder under target/, not the repository's (AccessMatrixTest uses the same one, so
 * the two share a Spring context; each publishes into its own projects' folders).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "tessera.translations-dir=target/api-test-translations")
class PublishApiTest {

    static final Path ROOT = Path.of("target/api-test-translations");

    @LocalServerPort
    int port;

    @Test
    void aManagerPublishesEveryDocumentInTheChosenFormats() throws Exception {
        ApiClient api = new ApiClient(port);
        String slug = "p" + UUID.randomUUID().toString().substring(0, 8);
        api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of("slug", slug, "name", "Publish " + slug, "sourceLocale", "en", "targetLocales", List.of("fr")));
        long doc = api.postText("manager", "/api/v1/projects/" + slug + "/documents?name=news.txt", "One. Two.")
                .json()
                .path("id")
                .asLong();
        JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json();
        String path = "/api/v1/projects/" + slug + "/publish";
        Map<String, Object> all = Map.of("locales", List.of("fr"), "formats", List.of("text", "xliff21", "tmx"));

        api.putJson(
                "translator",
                "/api/v1/documents/" + doc + "/segments/"
                        + rows.get(0).path("id").asLong() + "/translations/fr",
                Map.of("target", "Un.", "status", "TRANSLATED", "version", 0));
        Response unfinished = api.postJson("manager", path, all);
        assertThat(unfinished.status()).isEqualTo(409);
        assertThat(unfinished.json().path("segments")).hasSize(1);
        assertThat(ROOT.resolve(slug)).as("nothing is written after a refusal").doesNotExist();

        api.putJson(
                "translator",
                "/api/v1/documents/" + doc + "/segments/"
                        + rows.get(1).path("id").asLong() + "/translations/fr",
                Map.of("target", "Deux.", "status", "TRANSLATED", "version", 0));
        assertThat(api.postJson("translator", path, all).status()).isEqualTo(403);
        assertThat(api.postJson("manager", path, Map.of("locales", List.of("fr"), "formats", List.of("docx")))
                        .status())
                .isEqualTo(400);
        assertThat(api.postJson("manager", path, Map.of("locales", List.of("ur"), "formats", List.of("tmx")))
                        .status())
                .isEqualTo(400);

        Response published = api.postJson("manager", path, all);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("files").toString())
                .isEqualTo("[\"" + slug + "/fr/news.fr.txt\",\"" + slug + "/fr/news.fr.xlf\",\"" + slug
                        + "/fr/news.fr.tmx\"]");
        assertThat(Files.readString(ROOT.resolve(slug + "/fr/news.fr.txt"), StandardCharsets.UTF_8))
                .isEqualTo("Un. Deux.");
        assertThat(Files.readString(ROOT.resolve(slug + "/fr/news.fr.xlf"), StandardCharsets.UTF_8))
                .contains("version=\"2.1\"");
        try (var files = Files.list(ROOT.resolve(slug + "/fr"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("news.fr.tmx", "news.fr.txt", "news.fr.xlf");
        }
    }
}
