package dev.tessera.proofing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import dev.tessera.support.TranslatedProject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Language findings after a save, the project dictionary, and the language checks' severities, over real HTTP. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tessera.proofing.enabled=true")
@ActiveProfiles("test")
class ProofingApiTest {

    static final String SOURCE = "The experts helped Pakistan succeed: that is clear.";
    static final String TARGET = "Les experts ont apporter leur aide au succes du Pakistan: c'est clair.";

    @LocalServerPort
    int port;

    ApiClient api;
    TranslatedProject project;
    long document;
    long segment;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        project = TranslatedProject.create(api, "proof", "fr");
        document = project.document("article.txt", SOURCE + "\nThe new software is ready.\n");
        segment = project.segments(document).getFirst();
    }

    private JsonNode row(long segmentId) {
        for (JsonNode row : project.rows(document)) {
            if (row.path("id").asLong() == segmentId) {
                return row;
            }
        }
        throw new AssertionError("no segment " + segmentId);
    }

    private static List<JsonNode> language(JsonNode row) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode issue : row.path("issues")) {
            if (issue.path("check").asString().startsWith("lang.")) {
                found.add(issue);
            }
        }
        return found;
    }

    /** The segment's language findings, asked again every 100 ms for up to 20 s until they satisfy {@code until}. */
    private List<JsonNode> languageFindings(long segmentId, Predicate<List<JsonNode>> until) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<JsonNode> found = language(row(segmentId));
        while (!until.test(found) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = language(row(segmentId));
        }
        return found;
    }

    private static List<String> checks(List<JsonNode> findings) {
        return findings.stream().map(f -> f.path("check").asString()).toList();
    }

    private String dictionary() {
        return "/api/v1/projects/" + project.slug() + "/dictionary/fr";
    }

    @Test
    void aSaveAnswersAtOnceAndTheLanguageFindingsFollowWithSpansAndSuggestions() throws Exception {
        Response saved = api.putJson(
                "translator",
                "/api/v1/documents/" + document + "/segments/" + segment + "/translations/fr",
                Map.of("target", TARGET, "status", "TRANSLATED", "version", 0));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(language(saved.json()))
                .as("the save does not wait for the checker")
                .isEmpty();

        List<JsonNode> findings = languageFindings(segment, found -> found.size() >= 3);

        assertThat(checks(findings)).containsExactlyInAnyOrder("lang.grammar", "lang.spelling", "lang.typography");
        JsonNode spelling = findings.stream()
                .filter(f -> f.path("check").asString().equals("lang.spelling"))
                .findFirst()
                .orElseThrow();
        assertThat(TARGET.substring(
                        spelling.path("start").asInt(), spelling.path("end").asInt()))
                .isEqualTo("succes");
        assertThat(spelling.path("suggestions").get(0).asString()).isEqualTo("succès");
        assertThat(spelling.path("severity").asString()).isEqualTo("WARNING");
        JsonNode typography = findings.stream()
                .filter(f -> f.path("check").asString().equals("lang.typography"))
                .findFirst()
                .orElseThrow();
        assertThat(typography
                        .path("suggestions")
                        .get(0)
                        .asString()
                        .replace('\u202F', ' ')
                        .replace('\u00A0', ' '))
                .isEqualTo("Pakistan :");

        JsonNode documentQa = api.get("translator", "/api/v1/documents/" + document + "/qa?locale=fr")
                .json();
        assertThat(documentQa.findValues("check").stream().map(JsonNode::asString))
                .contains("lang.spelling", "lang.grammar", "lang.typography");
        assertThat(documentQa.toString()).contains("\"suggestions\"");
        JsonNode progress = api.get("translator", "/api/v1/documents/" + document + "/progress")
                .json();
        assertThat(progress.toString()).contains("\"warnings\":3");
    }

    @Test
    void aWordAddedToTheDictionaryIsNoLongerASpellingErrorAndComesBackWhenAManagerRemovesIt() throws Exception {
        long second = project.segments(document).get(1);
        project.translate(document, second, "Kandora est prêt, le logiciel aussi.", "TRANSLATED");
        assertThat(checks(languageFindings(second, found -> !found.isEmpty()))).containsExactly("lang.spelling");

        Response added = api.postJson("translator", dictionary(), Map.of("word", " Kandora "));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("word").asString()).isEqualTo("Kandora");
        assertThat(api.postJson("translator", dictionary(), Map.of("word", "Kandora"))
                        .status())
                .as("added twice")
                .isEqualTo(200);
        assertThat(api.get("reviewer", dictionary()).json().toString()).isEqualTo("[\"Kandora\"]");
        assertThat(languageFindings(second, List::isEmpty)).isEmpty();

        assertThat(api.delete("translator", dictionary() + "/Kandora").status())
                .as("a translator does not remove words")
                .isEqualTo(403);
        assertThat(api.delete("manager", dictionary() + "/Kandora").status()).isEqualTo(204);
        assertThat(api.get("translator", dictionary()).json().toString()).isEqualTo("[]");
        assertThat(checks(languageFindings(second, found -> !found.isEmpty()))).containsExactly("lang.spelling");
    }

    @Test
    void aTermAddedToALinkedGlossaryVouchesForItsWord() throws Exception {
        long second = project.segments(document).get(1);
        project.translate(document, second, "Kandora est prêt, le logiciel aussi.", "TRANSLATED");
        assertThat(checks(languageFindings(second, found -> !found.isEmpty()))).containsExactly("lang.spelling");

        long glossary = api.postJson("manager", "/api/v1/glossaries", Map.of("name", "G " + project.slug()))
                .json()
                .path("id")
                .asLong();
        assertThat(api.putJson("manager", "/api/v1/projects/" + project.slug() + "/glossaries/" + glossary, Map.of())
                        .status())
                .isEqualTo(204);
        Response concept = api.postJson(
                "manager",
                "/api/v1/glossaries/" + glossary + "/concepts",
                Map.of(
                        "terms",
                        List.of(
                                Map.of("locale", "en", "text", "software"),
                                Map.of("locale", "fr", "text", "Kandora"))));
        assertThat(concept.status()).as(concept.body()).isEqualTo(201);

        assertThat(languageFindings(second, List::isEmpty)).isEmpty();
    }

    @Test
    void theDictionaryRefusesBadInputAndChangesNothing() {
        assertThat(api.postJson("translator", dictionary(), Map.of("word", "  "))
                        .status())
                .isEqualTo(400);
        Response spaced = api.postJson("translator", dictionary(), Map.of("word", "two words"));
        assertThat(spaced.status()).isEqualTo(400);
        assertThat(spaced.body()).contains("has a space");
        assertThat(api.postJson("translator", dictionary(), Map.of()).status()).isEqualTo(400);
        assertThat(api.postJson("translator", dictionary(), Map.of("word", "x".repeat(101)))
                        .status())
                .isEqualTo(400);
        String german = "/api/v1/projects/" + project.slug() + "/dictionary/de";
        assertThat(api.postJson("translator", german, Map.of("word", "Wort")).status())
                .as("a locale the project does not translate into")
                .isEqualTo(400);
        assertThat(api.get("translator", german).status()).isEqualTo(400);
        assertThat(api.get("translator", "/api/v1/projects/" + project.slug() + "/dictionary/not%20a%20locale")
                        .status())
                .isEqualTo(400);
        assertThat(api.delete("manager", dictionary() + "/Absent").status()).isEqualTo(404);
        assertThat(api.postJson("translator", "/api/v1/projects/no-such-project/dictionary/fr", Map.of("word", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("translator", dictionary()).json().toString()).isEqualTo("[]");
    }

    @Test
    void aManagerMakesSpellingAnErrorThatBlocksApprovalAndSwitchesItOff() throws Exception {
        String settings = "/api/v1/projects/" + project.slug() + "/qa-settings";
        JsonNode defaults = api.get("translator", settings).json();
        assertThat(defaults.path("lang.spelling").asString()).isEqualTo("WARNING");
        assertThat(defaults.path("lang.style").asString()).isEqualTo("OFF");
        assertThat(api.patchJson("manager", settings, Map.of("lang.spelling", "ERROR"))
                        .status())
                .isEqualTo(200);

        long second = project.segments(document).get(1);
        project.translate(document, second, "Kandora est prêt, le logiciel aussi.", "TRANSLATED");
        Response approval = api.postJson(
                "reviewer",
                "/api/v1/documents/" + document + "/segments/" + second + "/translations/fr/review",
                Map.of("action", "APPROVE", "version", 1));
        assertThat(approval.status())
                .as("approval runs the pending language check first")
                .isEqualTo(422);
        assertThat(approval.body()).contains("lang.spelling");

        assertThat(api.patchJson("manager", settings, Map.of("lang.spelling", "OFF"))
                        .status())
                .isEqualTo(200);
        assertThat(languageFindings(second, List::isEmpty))
                .as("a check set to OFF is not run")
                .isEmpty();
        project.approve(document, second);
    }

    @Test
    void theQaSettingsSayWhichTargetLocalesTheChecksCover() {
        TranslatedProject urdu = TranslatedProject.create(api, "proof-ur", "ur");
        JsonNode languages = api.get("translator", "/api/v1/projects/" + urdu.slug() + "/qa-settings/languages")
                .json();
        assertThat(languages.path("ur").path("available").asBoolean()).isFalse();
        JsonNode french = api.get("translator", "/api/v1/projects/" + project.slug() + "/qa-settings/languages")
                .json();
        assertThat(french.path("fr").path("available").asBoolean()).isTrue();
    }
}
