package dev.tessera.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The glossary enforced through the API: terms in the segment list, glossary findings, approval blocked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GlossaryEnforcementTest {

    static final String TBX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
              <termEntry id="cpec">
                <langSet xml:lang="en"><tig><term>CPEC</term></tig></langSet>
                <langSet xml:lang="zh-CN">
                  <tig><term>中巴经济走廊</term></tig>
                  <tig><term>中巴走廊</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                </langSet>
              </termEntry>
              <termEntry id="terrorist">
                <langSet xml:lang="en"><tig><term>terrorist</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
                <langSet xml:lang="zh-Hans"><tig><term>恐怖分子</term></tig></langSet>
              </termEntry>
            </body></text></martif>
            """;

    @LocalServerPort
    int port;

    ApiClient api;
    String slug;
    long glossary;

    @BeforeEach
    void projectWithGlossary() {
        api = new ApiClient(port);
        slug = "g" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.postJson(
                                "manager",
                                "/api/v1/projects",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        "Project " + slug,
                                        "sourceLocale",
                                        "en",
                                        "targetLocales",
                                        List.of("zh-Hans", "fr")))
                        .status())
                .isEqualTo(201);
        glossary = api.postJson("manager", "/api/v1/glossaries", Map.of("name", "G " + slug))
                .json()
                .path("id")
                .asLong();
        assertThat(importTbx(TBX).status()).isEqualTo(200);
        assertThat(api.putJson("manager", "/api/v1/projects/" + slug + "/glossaries/" + glossary, Map.of())
                        .status())
                .isEqualTo(204);
    }

    @Test
    void theSegmentListCarriesTheTermsOfEachSegment() {
        long doc = importDocument("The CPEC's terrorists were named. Nothing here.");
        JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=zh-Hans")
                .json();
        JsonNode terms = rows.get(0).path("terms");
        assertThat(terms).hasSize(2);
        assertThat(terms.get(0).path("text").asString()).isEqualTo("CPEC");
        assertThat(terms.get(0).path("start").asInt()).isEqualTo(4);
        assertThat(terms.get(0).path("end").asInt()).isEqualTo(8);
        assertThat(terms.get(0).path("renderings").toString()).isEqualTo("[\"中巴经济走廊\"]");
        assertThat(terms.get(0).path("forbidden").toString()).isEqualTo("[\"中巴走廊\"]");
        assertThat(terms.get(0).path("conceptId").asLong()).isPositive();
        assertThat(terms.get(1).path("text").asString()).isEqualTo("terrorists");
        assertThat(rows.get(1).path("terms")).isEmpty();
        JsonNode fr = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json();
        assertThat(fr.get(0).path("terms").get(0).path("renderings")).isEmpty();
    }

    @Test
    void aMissingRenderingBlocksApprovalUntilFixedOrWaived() {
        long doc = importDocument("The CPEC is a flagship project. The CPEC grows.");
        JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=zh-Hans")
                .json();
        String first = "/api/v1/documents/" + doc + "/segments/"
                + rows.get(0).path("id").asLong() + "/translations/zh-Hans";
        String second = "/api/v1/documents/" + doc + "/segments/"
                + rows.get(1).path("id").asLong() + "/translations/zh-Hans";

        Response saved =
                api.putJson("translator", first, Map.of("target", "这是一个旗舰项目。", "status", "TRANSLATED", "version", 0));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("issues").get(0).path("check").asString()).isEqualTo("glossary.missing");
        assertThat(saved.json().path("issues").get(0).path("message").asString())
                .contains("CPEC")
                .contains("中巴经济走廊");
        Response blocked = api.postJson("reviewer", first + "/review", Map.of("action", "APPROVE", "version", 1));
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.error()).isEqualTo("glossary_errors");
        assertThat(blocked.body()).contains("glossary.missing");

        Response fixed = api.putJson(
                "translator", first, Map.of("target", "中巴经济走廊是一个旗舰项目。", "status", "TRANSLATED", "version", 1));
        assertThat(fixed.json().path("issues")).isEmpty();
        assertThat(api.postJson("reviewer", first + "/review", Map.of("action", "APPROVE", "version", 2))
                        .status())
                .isEqualTo(200);

        api.putJson("translator", second, Map.of("target", "中巴走廊在发展。", "status", "TRANSLATED", "version", 0));
        JsonNode issues = api.get("translator", "/api/v1/documents/" + doc + "/qa?locale=zh-Hans")
                .json();
        assertThat(issues.toString()).contains("glossary.missing").contains("glossary.forbidden");
        assertThat(api.postJson(
                                "reviewer",
                                second + "/waivers",
                                Map.of(
                                        "check",
                                        "glossary.missing",
                                        "reason",
                                        "The client accepts the short form here.",
                                        "version",
                                        1))
                        .status())
                .isEqualTo(200);
        assertThat(api.postJson("reviewer", second + "/review", Map.of("action", "APPROVE", "version", 1))
                        .error())
                .as("the forbidden variant still blocks")
                .isEqualTo("glossary_errors");
        assertThat(api.postJson(
                                "reviewer",
                                second + "/waivers",
                                Map.of("check", "glossary.forbidden", "reason", "Quoted from a speech.", "version", 1))
                        .status())
                .isEqualTo(200);
        assertThat(api.postJson("reviewer", second + "/review", Map.of("action", "APPROVE", "version", 1))
                        .status())
                .isEqualTo(200);
        JsonNode history = api.get("translator", second + "/history").json();
        assertThat(history.toString()).contains("Quoted from a speech.");
    }

    @Test
    void changingATermRechecksTheSegmentsItTouches() {
        long doc = importDocument("The CPEC is a flagship project.");
        JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=zh-Hans")
                .json();
        String first = "/api/v1/documents/" + doc + "/segments/"
                + rows.get(0).path("id").asLong() + "/translations/zh-Hans";
        api.putJson("translator", first, Map.of("target", "中巴走廊是一个旗舰项目。", "status", "TRANSLATED", "version", 0));
        assertThat(checks(doc)).contains("glossary.forbidden", "glossary.missing");

        // the short form becomes the preferred rendering: the stored findings follow without touching the segment
        assertThat(importTbx(TBX.replace("<tig><term>中巴经济走廊</term></tig>", "")
                                .replace(
                                        "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>",
                                        ""))
                        .status())
                .isEqualTo(200);
        assertThat(checks(doc)).isEmpty();
        assertThat(progressErrors(doc)).isZero();

        assertThat(importTbx(TBX).status()).isEqualTo(200);
        assertThat(checks(doc)).contains("glossary.forbidden", "glossary.missing");

        // unlinking the glossary drops its findings; linking it again brings them back
        assertThat(api.send(
                                "manager",
                                java.net.http.HttpRequest.newBuilder(
                                                api.uri("/api/v1/projects/" + slug + "/glossaries/" + glossary))
                                        .DELETE())
                        .status())
                .isEqualTo(204);
        assertThat(checks(doc)).isEmpty();
        api.putJson("manager", "/api/v1/projects/" + slug + "/glossaries/" + glossary, Map.of());
        assertThat(checks(doc)).contains("glossary.forbidden");
        assertThat(progressErrors(doc)).isEqualTo(2);
    }

    @Test
    void glossaryChecksHaveSettingsLikeEveryOtherCheck() {
        JsonNode settings = api.get("translator", "/api/v1/projects/" + slug + "/qa-settings")
                .json();
        assertThat(settings.toString()).contains("glossary.missing").contains("glossary.admitted");
        assertThat(api.patchJson(
                                "manager",
                                "/api/v1/projects/" + slug + "/qa-settings",
                                Map.of("glossary.missing", "WARNING"))
                        .status())
                .isEqualTo(200);
        long doc = importDocument("The CPEC is a flagship project.");
        JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=zh-Hans")
                .json();
        String first = "/api/v1/documents/" + doc + "/segments/"
                + rows.get(0).path("id").asLong() + "/translations/zh-Hans";
        Response saved =
                api.putJson("translator", first, Map.of("target", "这是一个旗舰项目。", "status", "TRANSLATED", "version", 0));
        assertThat(saved.json().path("issues").get(0).path("severity").asString())
                .isEqualTo("WARNING");
        assertThat(api.postJson("reviewer", first + "/review", Map.of("action", "APPROVE", "version", 1))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aListWithoutAHeaderImportsWithItsTwoLocales() {
        byte[] tab = "# OmegaT glossary\nCPEC\t中巴经济走廊\tthe corridor\nGwadar\t瓜达尔港\n\nonly a source\n"
                .getBytes(StandardCharsets.UTF_8);
        String path = "/api/v1/glossaries/" + glossary + "/import";
        Response imported =
                api.post("manager", path + "?sourceLocale=en&targetLocale=zh-CN", "text/tab-separated-values", tab);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("created").asInt()).isEqualTo(2);
        assertThat(imported.json().path("warnings").toString()).contains("Line 5");
        assertThat(api.post("manager", path, "text/tab-separated-values", tab).status())
                .isEqualTo(400);
        assertThat(api.post("manager", path + "?sourceLocale=en", "text/csv", "a,b".getBytes(StandardCharsets.UTF_8))
                        .error())
                .isEqualTo("validation_failed");
        assertThat(api.post(
                                "manager",
                                path + "?sourceLocale=en&targetLocale=fr",
                                "text/csv",
                                "a,b\n".getBytes(StandardCharsets.UTF_8))
                        .json()
                        .path("created")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.post(
                                "translator",
                                path + "?sourceLocale=en&targetLocale=fr",
                                "text/csv",
                                "a,b\n".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(403);
    }

    private List<String> checks(long doc) {
        JsonNode issues = api.get("translator", "/api/v1/documents/" + doc + "/qa?locale=zh-Hans")
                .json();
        return java.util.stream.StreamSupport.stream(issues.spliterator(), false)
                .map(issue -> issue.path("check").asString())
                .toList();
    }

    private int progressErrors(long doc) {
        return api.get("translator", "/api/v1/documents/" + doc + "/progress")
                .json()
                .path("locales")
                .path("zh-Hans")
                .path("errors")
                .asInt();
    }

    private long importDocument(String text) {
        Response doc = api.postText("manager", "/api/v1/projects/" + slug + "/documents?name=doc.txt", text);
        assertThat(doc.status()).isEqualTo(201);
        return doc.json().path("id").asLong();
    }

    private Response importTbx(String tbx) {
        return api.post(
                "manager",
                "/api/v1/glossaries/" + glossary + "/import",
                "application/xml",
                tbx.getBytes(StandardCharsets.UTF_8));
    }
}
