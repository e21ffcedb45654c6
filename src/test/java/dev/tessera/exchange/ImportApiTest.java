package dev.tessera.exchange;

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

/**
 * XLIFF round trips over HTTP: export, edit as another tool would, import; conflicts, refusals, approvals by the
 * review rules, and file-level problems that change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportApiTest {

    static final String SOURCE =
            "The CPEC grows. It links Kashgar & Gwadar.\n\n  Kabul waits. Nothing <else>.\nLast line.";

    @LocalServerPort
    int port;

    ApiClient api;
    String slug;
    long doc;
    JsonNode rows;

    /** Five segments in every state: 1 TRANSLATED, 2 DRAFT, 3 APPROVED, 4 REJECTED, 5 UNTRANSLATED. */
    @BeforeEach
    void documentInEveryState() {
        api = new ApiClient(port);
        slug = "i" + UUID.randomUUID().toString().substring(0, 8);
        api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of(
                        "slug",
                        slug,
                        "name",
                        "Import " + slug,
                        "sourceLocale",
                        "en",
                        "targetLocales",
                        List.of("fr", "zh-Hans")));
        doc = api.postText("manager", "/api/v1/projects/" + slug + "/documents?name=article.txt", SOURCE)
                .json()
                .path("id")
                .asLong();
        rows = segments();
        save(0, "Le CPEC grandit.", "TRANSLATED", 0);
        save(1, "Il relie Kachgar & Gwadar.", "DRAFT", 0);
        save(2, "Kaboul attend.", "TRANSLATED", 0);
        review(2, "APPROVE", null);
        save(3, "Rien <d'autre>.", "TRANSLATED", 0);
        review(3, "REJECT", "Say \"nothing else\".");
    }

    @Test
    void xliff12ComesBackWithAConflictAndARefusedUnit() {
        String file = export("xliff12")
                .replace(">Le CPEC grandit.</target>", ">Le CPEC s'agrandit.</target>")
                .replace("state=\"new\">Il relie", "state=\"translated\">Il relie")
                .replace(">Kaboul attend.</target>", ">Kaboul patiente.</target>")
                .replace(">Rien &lt;d'autre>.</target>", ">Rien d'autre.</target>")
                .replace(
                        "<source xml:lang=\"en\">Last line.</source>",
                        "<source xml:lang=\"en\">Last line.</source><target xml:lang=\"fr\" state=\"translated\">Dernière ligne.</target>");
        // Meanwhile in Tessera: the rejected segment is fixed, so the file's version of it is out of date.
        save(3, "Rien de plus.", "TRANSLATED", 2);

        Response report = importFile("translator", file, "fr", false);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode json = report.json();
        assertThat(json.path("updated").asInt()).isEqualTo(3);
        assertThat(json.path("unchanged").asInt()).isZero();
        assertThat(json.path("conflicts")).hasSize(1);
        assertThat(json.path("conflicts").get(0).path("segmentId").asLong()).isEqualTo(id(3));
        assertThat(json.path("conflicts").get(0).path("reason").asString()).contains("version 2 in the file, 3 now");
        assertThat(json.path("refused")).hasSize(1);
        assertThat(json.path("refused").get(0).path("unitId").asString()).isEqualTo("s" + id(2));
        assertThat(json.path("refused").get(0).path("reason").asString()).contains("approved");

        JsonNode after = segments();
        assertTranslation(after.get(0), "Le CPEC s'agrandit.", "TRANSLATED", 2);
        assertTranslation(after.get(1), "Il relie Kachgar & Gwadar.", "TRANSLATED", 2);
        assertTranslation(after.get(2), "Kaboul attend.", "APPROVED", 2);
        assertTranslation(after.get(3), "Rien de plus.", "TRANSLATED", 3);
        assertTranslation(after.get(4), "Dernière ligne.", "TRANSLATED", 1);
        JsonNode history = api.get(
                        "reviewer", "/api/v1/documents/" + doc + "/segments/" + id(4) + "/translations/fr/history")
                .json();
        assertThat(history.get(0).path("actor").asString()).isEqualTo("translator");

        // The same file again, by a reviewer who means it: overwrite replaces the newer text, the approved segment
        // is changed and approved again, and what already matches is unchanged.
        Response again = importFile("reviewer", file, "fr", true);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("updated").asInt()).isEqualTo(2);
        assertThat(again.json().path("unchanged").asInt()).isEqualTo(3);
        assertThat(again.json().path("approved").asInt()).as(again.body()).isEqualTo(1);
        assertThat(again.json().path("conflicts")).isEmpty();
        assertThat(again.json().path("refused")).isEmpty();
        JsonNode overwritten = segments();
        assertTranslation(overwritten.get(2), "Kaboul patiente.", "APPROVED", 4);
        assertTranslation(overwritten.get(3), "Rien d'autre.", "TRANSLATED", 4);
    }

    @Test
    void xliff21ApprovalsFollowTheReviewRules() {
        String file = export("xliff21");
        file = file.replace(
                        "<segment state=\"translated\"><source>The CPEC",
                        "<segment state=\"reviewed\"><source>The CPEC")
                .replace("<source>Last line.</source>", "<source>Last line.</source><target>Ligne 2.</target>")
                .replace(
                        "<target>Il relie Kachgar &amp; Gwadar.</target>",
                        "<target>Elle relie Kachgar &amp; Gwadar.</target>");
        file = markReviewed(file, "s" + id(4));
        assertThat(file).contains("<segment state=\"reviewed\"><source>The ");

        Response translator = importFile("translator", file, "fr", false);
        assertThat(translator.status()).as(translator.body()).isEqualTo(200);
        assertThat(translator.json().path("approved").asInt()).isZero();
        assertThat(translator.json().path("refused").toString())
                .as(translator.body())
                .contains("approving needs a reviewer");
        assertTranslation(segments().get(0), "Le CPEC grandit.", "TRANSLATED", 1);
        assertTranslation(segments().get(1), "Elle relie Kachgar & Gwadar.", "DRAFT", 2);
        assertTranslation(segments().get(4), "Ligne 2.", "TRANSLATED", 1);
    }

    @Test
    void aReviewersImportApprovesWhatNoErrorBlocks() {
        String file = export("xliff21")
                .replace(
                        "<segment state=\"translated\"><source>The CPEC",
                        "<segment state=\"reviewed\"><source>The CPEC")
                .replace("<source>Last line.</source>", "<source>Last line.</source><target>Ligne 2.</target>");
        file = markReviewed(file, "s" + id(4));
        Response report = importFile("reviewer", file, "fr", false);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().path("approved").asInt()).as(report.body()).isEqualTo(1);
        assertThat(report.json().path("updated").asInt()).isEqualTo(2);
        assertThat(report.json().path("refused")).hasSize(1);
        assertThat(report.json().path("refused").get(0).path("unitId").asString())
                .isEqualTo("s" + id(4));
        assertThat(report.json().path("refused").get(0).path("reason").asString())
                .startsWith("Written as TRANSLATED, not approved")
                .contains("qa.numbers");
        JsonNode after = segments();
        assertTranslation(after.get(0), "Le CPEC grandit.", "APPROVED", 2);
        assertTranslation(after.get(4), "Ligne 2.", "TRANSLATED", 1);
    }

    @Test
    void fileLevelProblemsAre400AndChangeNothing() {
        String before = segments().toString();
        String good = export("xliff12");
        String otherSlugDoc = api.postText(
                        "manager", "/api/v1/projects/" + slug + "/documents?name=other.txt", "Another text.")
                .json()
                .path("id")
                .asString();
        String otherDocument = api.get(
                        "translator", "/api/v1/documents/" + otherSlugDoc + "/export?locale=fr&format=xliff12")
                .body()
                .replace("Another text.</source>", "Another text.</source><target>Un autre texte.</target>");
        Map<String, String> bad = Map.of(
                "not XML",
                "this is not xml",
                "not well-formed",
                good.substring(0, good.length() / 2),
                "entities",
                "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                        + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file/></xliff>",
                "external entity",
                "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<xliff version=\"1.2\"><file source-language=\"en\">&x;</file></xliff>",
                "wrong target language",
                good.replace("target-language=\"fr\"", "target-language=\"de\""),
                "not Tessera's",
                good.replace(" tool-id=\"tessera\"", ""),
                "another document",
                otherDocument,
                "not XLIFF",
                "<html><body>no</body></html>",
                "a bare ampersand",
                good.replace("Last line.</source>", "Last & line.</source>"),
                "XLIFF 2.2",
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.2\" version=\"2.2\" srcLang=\"en\"/>");
        bad.forEach((what, body) -> {
            Response response = importFile("translator", body.replace(">Le CPEC grandit.<", ">Changé.<"), "fr", true);
            assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(400);
            assertThat(response.json().path("message").asString()).as(what).isNotBlank();
        });
        assertThat(importFile("translator", good, "zh-Hans", false).status())
                .as("a fr file into zh-Hans")
                .isEqualTo(400);
        assertThat(api.post(
                                "translator",
                                "/api/v1/documents/" + doc + "/import?locale=fr",
                                "application/xliff+xml",
                                new byte[0])
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "translator",
                                "/api/v1/documents/" + doc + "/import?locale=fr",
                                "text/plain",
                                good.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(415);
        assertThat(importFile(null, good, "fr", false).status()).isEqualTo(401);
        assertThat(api.post(
                                "translator",
                                "/api/v1/documents/987654/import?locale=fr",
                                "application/xliff+xml",
                                good.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(404);
        assertThat(segments().toString()).isEqualTo(before);
    }

    @Test
    void spacesComeBackAsTheyWereAndASegmentTwiceIsRefusedOnce() {
        save(4, "Dernière  ligne. ", "TRANSLATED", 0);
        String file = export("xliff12");
        Response same = importFile("translator", file, "fr", false);
        assertThat(same.json().path("unchanged").asInt()).as(same.body()).isEqualTo(5);
        assertThat(same.json().path("updated").asInt()).isZero();

        int start = file.indexOf("<trans-unit id=\"s" + id(0) + "\"");
        int end = file.indexOf("</trans-unit>", start) + "</trans-unit>".length();
        String twice = file.substring(0, end)
                + file.substring(start, end).replace("Le CPEC grandit.", "Le CPEC croît.")
                + file.substring(end);
        Response report = importFile("translator", twice, "fr", false);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().path("refused").toString()).contains("twice");
        assertTranslation(segments().get(0), "Le CPEC grandit.", "TRANSLATED", 1);
    }

    private static String markReviewed(String file, String unitId) {
        int unit = file.indexOf("<unit id=\"" + unitId + "\"");
        int segment = file.indexOf("<segment state=\"initial\">", unit);
        return file.substring(0, segment) + "<segment state=\"reviewed\">"
                + file.substring(segment + "<segment state=\"initial\">".length());
    }

    private String export(String format) {
        Response response = api.get("translator", "/api/v1/documents/" + doc + "/export?locale=fr&format=" + format);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private Response importFile(String user, String file, String locale, boolean overwrite) {
        return api.post(
                user,
                "/api/v1/documents/" + doc + "/import?locale=" + locale + (overwrite ? "&overwrite=true" : ""),
                "application/xliff+xml",
                file.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode segments() {
        return api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json();
    }

    private static void assertTranslation(JsonNode row, String target, String status, int version) {
        assertThat(row.path("target").asString()).as(row.toString()).isEqualTo(target);
        assertThat(row.path("status").asString()).as(row.toString()).isEqualTo(status);
        assertThat(row.path("version").asInt()).as(row.toString()).isEqualTo(version);
    }

    private long id(int index) {
        return rows.get(index).path("id").asLong();
    }

    private void save(int index, String target, String status, int version) {
        Response saved = api.putJson(
                "translator",
                "/api/v1/documents/" + doc + "/segments/" + id(index) + "/translations/fr",
                Map.of("target", target, "status", status, "version", version));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private void review(int index, String action, String comment) {
        Map<String, Object> body = comment == null
                ? Map.of("action", action, "version", 1)
                : Map.of("action", action, "comment", comment, "version", 1);
        assertThat(api.postJson(
                                "reviewer",
                                "/api/v1/documents/" + doc + "/segments/" + id(index) + "/translations/fr/review",
                                body)
                        .status())
                .isEqualTo(200);
    }
}
