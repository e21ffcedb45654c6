package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import dev.tessera.support.TranslatedProject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Typed review issues travel in XLIFF as ITS 2.0 Localization Quality Issues (1.2 and 2.1, schema-valid), with the
 * rejection's state-qualifier in 1.2, and come back from such a file when a reviewer imports it, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QualityIssueXliffTest {

    @LocalServerPort
    int port;

    ApiClient api;
    long doc;
    String first;
    String second;

    @BeforeEach
    void reviewedDocument() {
        api = new ApiClient(port);
        TranslatedProject project = TranslatedProject.create(api, "lqi", "fr");
        doc = project.document("drill.txt", "Chinese soldiers prepare for an assault. The exercise ended.");
        List<Long> segments = project.segments(doc);
        project.translate(doc, segments.get(0), "Des soldats chinois se préparent à une fête.", "TRANSLATED");
        project.translate(doc, segments.get(1), "L'exercise est terminé.", "TRANSLATED");
        first = project.translation(doc, segments.get(0));
        second = project.translation(doc, segments.get(1));
        Response rejected = api.postJson(
                "reviewer",
                first + "/review",
                Map.of(
                        "action",
                        "REJECT",
                        "comment",
                        "See the issues.",
                        "version",
                        1,
                        "issues",
                        List.of(
                                issue("SPELLING", "MINOR", null, null, null),
                                issue("MISTRANSLATION", "MAJOR", 35, 43, "An assault & not a <party>."))));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        Map<String, Object> style = issue("SPELLING", "CRITICAL", 2, 10, null);
        style.put("version", 1);
        assertThat(api.postJson("reviewer", second + "/issues", style).status()).isEqualTo(201);
    }

    @Test
    void xliff12CarriesTheIssuesAsItsMarksAndStandoffAndTheRejectionsQualifier() throws Exception {
        String xliff = export("xliff12");
        assertThat(xliff)
                .contains("state-qualifier=\"rejected-spelling\"")
                .contains("<mrk mtype=\"x-its\" xmlns:its=\"http://www.w3.org/2005/11/its\" its:version=\"2.0\""
                        + " its:locQualityIssueType=\"mistranslation\""
                        + " its:locQualityIssueSeverity=\"50\""
                        + " its:locQualityIssueComment=\"An assault &amp; not a &lt;party>.\">une fête</mrk>")
                .contains("its:locQualityIssuesRef=\"#lqi-s")
                .contains("<its:locQualityIssue locQualityIssueType=\"misspelling\" locQualityIssueSeverity=\"10\"/>")
                .contains("its:version=\"2.0\" its:locQualityIssueType=\"misspelling\""
                        + " its:locQualityIssueSeverity=\"100\">exercise</mrk>");
        ExportApiTest.validate12(xliff);
        assertRoundTrip(xliff);
    }

    @Test
    void xliff21CarriesTheIssuesAsMarkerPairs() throws Exception {
        String xliff = export("xliff21");
        assertThat(xliff)
                .contains("<sm id=\"m-lqi2\" type=\"its:any\" its:locQualityIssueType=\"mistranslation\"")
                .contains("une fête<em startRef=\"m-lqi2\"/>")
                .contains("<sm id=\"m-lqi1\" type=\"its:any\" its:locQualityIssueType=\"misspelling\""
                        + " its:locQualityIssueSeverity=\"10\"/>Des soldats");
        ExportApiTest.validate21(xliff);
        assertRoundTrip(xliff);
    }

    /** Retracted, the issues come back from the file; imported again, they are not filed twice. */
    private void assertRoundTrip(String xliff) {
        for (String segment : List.of(first, second)) {
            for (JsonNode issue : api.get("translator", segment + "/issues").json()) {
                assertThat(api.delete(
                                        "manager",
                                        segment + "/issues/" + issue.path("id").asLong())
                                .status())
                        .isEqualTo(204);
            }
        }
        assertThat(quality().path("points").asInt()).isZero();
        Response byTranslator = importFile("translator", xliff);
        assertThat(byTranslator.json().path("issues").asInt())
                .as("a translator's import files no review issues")
                .isZero();
        Response imported = importFile("reviewer", xliff);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("issues").asInt()).isEqualTo(3);
        JsonNode issues = api.get("translator", first + "/issues").json();
        assertThat(issues).hasSize(2);
        JsonNode span =
                issues.get(0).path("category").asString().equals("MISTRANSLATION") ? issues.get(0) : issues.get(1);
        assertThat(span.path("text").asString()).isEqualTo("une fête");
        assertThat(span.path("comment").asString()).isEqualTo("An assault & not a <party>.");
        assertThat(span.path("origin").asString()).isEqualTo("IMPORT");
        assertThat(span.path("reviewer").asString()).isEqualTo("reviewer");
        assertThat(quality().path("points").asInt()).isEqualTo(1 + 5 + 25);
        assertThat(importFile("reviewer", xliff).json().path("issues").asInt())
                .as("the same file again")
                .isZero();
    }

    private String export(String format) {
        Response export = api.get("translator", "/api/v1/documents/" + doc + "/export?locale=fr&format=" + format);
        assertThat(export.status()).isEqualTo(200);
        return export.body();
    }

    private Response importFile(String user, String file) {
        return api.post(
                user,
                "/api/v1/documents/" + doc + "/import?locale=fr",
                "application/xliff+xml",
                file.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode quality() {
        return api.get("translator", "/api/v1/documents/" + doc + "/quality?locale=fr")
                .json();
    }

    private static Map<String, Object> issue(
            String category, String severity, Integer start, Integer end, String comment) {
        Map<String, Object> issue = new HashMap<>();
        issue.put("category", category);
        issue.put("severity", severity);
        issue.put("start", start);
        issue.put("end", end);
        issue.put("comment", comment);
        return issue;
    }
}
