package dev.tessera.translation.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import dev.tessera.support.TranslatedProject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The checks over whole documents through the API: a first mention written out, a term rendered one way; stored,
 * rechecked when any segment or the glossary changes, blocking approval as ERRORs, waivable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentRulesApiTest {

    static final String TBX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
              <termEntry id="cpec">
                <descrip type="transferComment">expand on first use, then the short form in brackets</descrip>
                <langSet xml:lang="en"><tig><term>CPEC</term></tig></langSet>
                <langSet xml:lang="fr">
                  <tig><term>corridor économique Chine-Pakistan</term></tig>
                  <tig><term>CECP</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
                </langSet>
              </termEntry>
              <termEntry id="quad">
                <langSet xml:lang="en"><tig><term>Quad</term></tig></langSet>
                <langSet xml:lang="fr">
                  <tig><term>Quad</term></tig>
                  <tig><term>Dialogue quadrilatéral</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
                </langSet>
              </termEntry>
            </body></text></martif>
            """;

    @LocalServerPort
    int port;

    ApiClient api;
    String slug;
    long glossary;
    long doc;
    List<String> segments;

    @BeforeEach
    void projectWithGlossaryAndDocument() {
        api = new ApiClient(port);
        TranslatedProject project = TranslatedProject.create(api, "rules", "fr");
        slug = project.slug();
        glossary = api.postJson("manager", "/api/v1/glossaries", Map.of("name", "G " + slug))
                .json()
                .path("id")
                .asLong();
        assertThat(importTbx(TBX).status()).isEqualTo(200);
        assertThat(api.putJson("manager", "/api/v1/projects/" + slug + "/glossaries/" + glossary, Map.of())
                        .status())
                .isEqualTo(204);
        doc = project.document(
                "doc.txt", "The CPEC is a flagship. CPEC projects grew. The Quad met. The Quad met again.");
        segments = project.segments(doc).stream()
                .map(segment -> project.translation(doc, segment))
                .toList();
        assertThat(segments).hasSize(4);
    }

    @Test
    void theFirstMentionMustBeWrittenOutAndBlocksApprovalUntilItIs() {
        assertThat(save(1, "Les projets du CECP ont progressé.", 0).path("issues"))
                .as("the first mention is still untranslated, and the short form is what follows it")
                .isEmpty();
        JsonNode saved = save(0, "Le CECP est un projet phare.", 0);
        assertThat(saved.path("issues").toString())
                .as("the save answers the document's findings too")
                .contains("glossary.first-mention")
                .contains("CPEC is mentioned here for the first time in the document: write it out as"
                        + " \u201Ccorridor économique Chine-Pakistan\u201D followed by CECP in brackets.");
        assertThat(checksOf(0)).containsExactly("glossary.first-mention");
        assertThat(checksOf(1)).isEmpty();
        assertThat(api.postJson("reviewer", segments.get(0) + "/review", Map.of("action", "APPROVE", "version", 1))
                        .error())
                .isEqualTo("glossary_errors");

        save(0, "Le corridor économique Chine-Pakistan (CECP) est un projet phare.", 1);
        assertThat(checksOf(0)).isEmpty();

        // the glossary drops the rule: nothing to write out; it comes back, and so does the finding
        save(0, "Le CECP est un projet phare.", 2);
        assertThat(checksOf(0)).containsExactly("glossary.first-mention");
        assertThat(importTbx(TBX.replace(
                                "<descrip type=\"transferComment\">expand on first use, then the short form in"
                                        + " brackets</descrip>",
                                ""))
                        .status())
                .isEqualTo(200);
        assertThat(checksOf(0)).isEmpty();
        assertThat(importTbx(TBX).status()).isEqualTo(200);
        assertThat(checksOf(0)).containsExactly("glossary.first-mention");

        assertThat(api.postJson(
                                "reviewer",
                                segments.get(0) + "/waivers",
                                Map.of(
                                        "check",
                                        "glossary.first-mention",
                                        "reason",
                                        "The headline introduced it.",
                                        "version",
                                        3))
                        .status())
                .isEqualTo(200);
        assertThat(api.postJson("reviewer", segments.get(0) + "/review", Map.of("action", "APPROVE", "version", 3))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aTermRenderedTwoWaysIsAWarningOnBothSegmentsUntilOneGoes() {
        save(2, "Le Quad s'est réuni.", 0);
        assertThat(checksOf(2)).isEmpty();
        save(3, "Le Dialogue quadrilatéral s'est de nouveau réuni.", 0);
        String drift = "Quad is rendered 2 ways in this document: \u201CQuad\u201D (#3),"
                + " \u201CDialogue quadrilatéral\u201D (#4); use one.";
        for (int segment : List.of(2, 3)) {
            JsonNode findings = findingsOf(segment);
            assertThat(findings).hasSize(1);
            assertThat(findings.get(0).path("check").asString()).isEqualTo("terms.drift");
            assertThat(findings.get(0).path("severity").asString()).isEqualTo("WARNING");
            assertThat(findings.get(0).path("message").asString()).isEqualTo(drift);
        }
        JsonNode row = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()
                .get(2);
        assertThat(row.path("issues").toString()).contains("terms.drift");
        assertThat(api.postJson("reviewer", segments.get(2) + "/review", Map.of("action", "APPROVE", "version", 1))
                        .status())
                .as("a warning does not block")
                .isEqualTo(200);

        JsonNode settings = api.get("translator", "/api/v1/projects/" + slug + "/qa-settings")
                .json();
        assertThat(settings.path("terms.drift").asString()).isEqualTo("WARNING");
        assertThat(settings.path("glossary.first-mention").asString()).isEqualTo("ERROR");
        assertThat(api.patchJson("manager", "/api/v1/projects/" + slug + "/qa-settings", Map.of("terms.drift", "LOUD"))
                        .status())
                .isEqualTo(400);
        assertThat(api.patchJson("manager", "/api/v1/projects/" + slug + "/qa-settings", Map.of("terms.drift", "ERROR"))
                        .status())
                .isEqualTo(200);
        assertThat(findingsOf(3).get(0).path("severity").asString()).isEqualTo("ERROR");
        assertThat(api.postJson("reviewer", segments.get(3) + "/review", Map.of("action", "APPROVE", "version", 1))
                        .error())
                .isEqualTo("qa_errors");

        // the odd one is rejected: it no longer counts as handed in, and the drift is gone from both
        assertThat(api.postJson(
                                "reviewer",
                                segments.get(3) + "/review",
                                Map.of("action", "REJECT", "comment", "Use Quad.", "version", 1))
                        .status())
                .isEqualTo(200);
        assertThat(checksOf(2)).isEmpty();
        assertThat(checksOf(3)).isEmpty();
        save(3, "Le Quad s'est de nouveau réuni.", 2);
        assertThat(checksOf(3)).isEmpty();
    }

    @Test
    void aConceptSaysHowItIsWrittenFirstAndRefusesWhatItDoesNotKnow() {
        JsonNode concepts = api.get("translator", "/api/v1/glossaries/" + glossary + "/concepts")
                .json();
        assertThat(concepts.toString()).contains("\"firstUse\":\"EXPAND_WITH_SHORT\"");
        Map<String, Object> concept = Map.of(
                "firstUse",
                "LATER",
                "terms",
                List.of(Map.of("locale", "en", "text", "JCC"), Map.of("locale", "fr", "text", "Comité mixte")));
        Response refused = api.postJson("manager", "/api/v1/glossaries/" + glossary + "/concepts", concept);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("firstUse must be EXPAND, EXPAND_WITH_SHORT or absent");
        Response created = api.postJson(
                "manager",
                "/api/v1/glossaries/" + glossary + "/concepts",
                Map.of(
                        "firstUse",
                        "EXPAND",
                        "terms",
                        List.of(
                                Map.of("locale", "en", "text", "JCC"),
                                Map.of("locale", "fr", "text", "Comité mixte"))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("firstUse").asString()).isEqualTo("EXPAND");
        Response tbx = api.get("manager", "/api/v1/glossaries/" + glossary + "/export?format=tbx");
        assertThat(tbx.body()).contains("<descrip type=\"transferComment\">expand on first use</descrip>");
    }

    private JsonNode save(int segment, String target, int version) {
        Response saved = api.putJson(
                "translator",
                segments.get(segment),
                Map.of("target", target, "status", "TRANSLATED", "version", version));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return saved.json();
    }

    /** The segment's findings of the checks over the whole document. */
    private JsonNode findingsOf(int segment) {
        long id = Long.parseLong(segments.get(segment).split("/")[6]);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode finding : api.get("translator", "/api/v1/documents/" + doc + "/qa?locale=fr")
                .json()) {
            if (finding.path("segmentId").asLong() == id
                    && List.of("glossary.first-mention", "terms.drift")
                            .contains(finding.path("check").asString())) {
                found.add(finding);
            }
        }
        return tools.jackson.databind.json.JsonMapper.builder().build().valueToTree(found);
    }

    private List<String> checksOf(int segment) {
        List<String> checks = new ArrayList<>();
        findingsOf(segment).forEach(f -> checks.add(f.path("check").asString()));
        return checks;
    }

    private Response importTbx(String tbx) {
        return api.post(
                "manager",
                "/api/v1/glossaries/" + glossary + "/import",
                "application/xml",
                tbx.getBytes(StandardCharsets.UTF_8));
    }
}
