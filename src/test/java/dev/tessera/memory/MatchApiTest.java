package dev.tessera.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import dev.tessera.support.TranslatedProject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The project memory learns from confirmed segments and answers matches for other documents: CONTEXT, EXACT and FUZZY
 * with their penalties and number fix-ups; linked memories with their own penalty; the refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MatchApiTest {

    static final String FIRST =
            "The port of Gwadar handled 12 ships in March. Trade grew quickly. Officials were pleased.";
    static final String SECOND =
            "The port of Gwadar handled 14 ships in March. Trade grew quickly. Officials were pleased.";

    @LocalServerPort
    int port;

    ApiClient api;
    TranslatedProject project;
    String slug;

    @BeforeEach
    void project() {
        api = new ApiClient(port);
        project = TranslatedProject.create(api, "tm", "fr");
        slug = project.slug();
    }

    long document(String name, String text) {
        return project.document(name, text);
    }

    List<Long> segments(long document) {
        return project.segments(document);
    }

    void translate(long document, long segment, String target, String status) {
        project.translate(document, segment, target, status);
    }

    void approve(long document, long segment) {
        project.approve(document, segment);
    }

    JsonNode matches(long document, long segment, Predicate<JsonNode> until) throws InterruptedException {
        return project.matches(document, segment, until);
    }

    @Test
    void approvedAndTranslatedSegmentsBecomeMatchesInAnotherDocument() throws Exception {
        long first = document("first.txt", FIRST);
        List<Long> a = segments(first);
        translate(first, a.get(0), "Le port de Gwadar a accueilli 12 navires en mars.", "TRANSLATED");
        translate(first, a.get(1), "Le commerce a vite progressé.", "TRANSLATED");
        translate(first, a.get(2), "Les responsables étaient satisfaits.", "TRANSLATED");
        approve(first, a.get(0));
        approve(first, a.get(2));
        long second = document("second.txt", SECOND);
        List<Long> b = segments(second);

        JsonNode fuzzy = matches(second, b.get(0), m -> m.size() == 1).get(0);
        assertThat(fuzzy.path("kind").asString()).isEqualTo("FUZZY");
        // Numbers compare by kind: the sentences are the same words, and the differing number costs a point.
        assertThat(fuzzy.path("score").asInt()).isEqualTo(99);
        assertThat(fuzzy.path("penalties").get(0).path("reason").asString()).isEqualTo("a number differs");
        assertThat(fuzzy.path("insert").asString()).isEqualTo("Le port de Gwadar a accueilli 14 navires en mars.");
        assertThat(fuzzy.path("numberFixes").get(0).path("from").asString()).isEqualTo("12");
        JsonNode difference = fuzzy.path("differences").get(0);
        assertThat(fuzzy.path("source")
                        .asString()
                        .substring(
                                difference.path("start").asInt(),
                                difference.path("end").asInt()))
                .isEqualTo("12");
        assertThat(fuzzy.path("memory").path("name").asString()).isEqualTo("TM " + slug + " (project)");
        assertThat(fuzzy.path("project").asString()).isEqualTo(slug);
        assertThat(fuzzy.path("changedBy").asString()).isEqualTo("reviewer");

        JsonNode unapproved = matches(second, b.get(1), m -> m.size() == 1).get(0);
        assertThat(unapproved.path("kind").asString()).isEqualTo("EXACT");
        assertThat(unapproved.path("score").asInt()).isEqualTo(97);
        assertThat(unapproved.path("penalties").get(0).path("reason").asString())
                .isEqualTo("unapproved entry");

        JsonNode context = matches(second, b.get(2), m -> m.size() == 1).get(0);
        assertThat(context.path("kind").asString()).isEqualTo("CONTEXT");
        assertThat(context.path("score").asInt()).isEqualTo(101);

        // A changed translation updates its unit; nothing is duplicated.
        translate(first, a.get(1), "Le commerce a progressé vite.", "TRANSLATED");
        JsonNode changed = matches(
                second,
                b.get(1),
                m -> m.size() == 1 && m.get(0).path("target").asString().equals("Le commerce a progressé vite."));
        assertThat(changed.size()).isEqualTo(1);
        assertThat(changed.get(0).path("target").asString()).isEqualTo("Le commerce a progressé vite.");

        // A segment's own unit is never its match.
        assertThat(matches(first, a.get(2), m -> true).size()).isZero();

        // Back to DRAFT: the unit goes.
        translate(first, a.get(1), "Le commerce a progressé vite.", "DRAFT");
        assertThat(matches(second, b.get(1), JsonNode::isEmpty).size()).isZero();
    }

    @Test
    void aLinkedMemoryAddsItsMatchesWithItsPenalty() throws Exception {
        long document = document("one.txt", "The river runs to the sea.");
        long segment = segments(document).getFirst();
        Response memory =
                api.postJson("manager", "/api/v1/memories", Map.of("name", "Rivers " + slug, "sourceLocale", "en-GB"));
        long id = memory.json().path("id").asLong();
        String tmx = """
                <tmx version="1.4"><header srclang="en" creationtool="t" creationtoolversion="1" segtype="sentence"
                 o-tmf="x" adminlang="en" datatype="plaintext"/><body>
                <tu><tuv xml:lang="en"><seg>The river runs to the ocean.</seg></tuv>
                <tuv xml:lang="fr"><seg>La rivière coule vers l'océan.</seg></tuv></tu></body></tmx>""";
        api.post(
                "manager",
                "/api/v1/memories/" + id + "/import",
                "application/xml",
                tmx.getBytes(StandardCharsets.UTF_8));
        assertThat(matches(document, segment, m -> true).size()).isZero();

        Response link = api.putJson(
                "manager", "/api/v1/projects/" + slug + "/memories/" + id, Map.of("write", false, "penalty", 5));
        assertThat(link.status()).as(link.body()).isEqualTo(204);
        JsonNode match = matches(document, segment, m -> m.size() == 1).get(0);
        // 7 tokens, one substituted: floor(100 × 6/7) = 85, less the memory's 5.
        assertThat(match.path("score").asInt()).isEqualTo(80);
        assertThat(match.path("penalties").get(0).path("points").asInt()).isEqualTo(5);
        assertThat(match.path("memory").path("id").asLong()).isEqualTo(id);

        JsonNode links =
                api.get("translator", "/api/v1/projects/" + slug + "/memories").json();
        assertThat(links.findValues("id").stream().map(JsonNode::asLong)).contains(id);

        assertThat(api.putJson("translator", "/api/v1/projects/" + slug + "/memories/" + id, Map.of())
                        .status())
                .isEqualTo(403);
        Response badPenalty =
                api.putJson("manager", "/api/v1/projects/" + slug + "/memories/" + id, Map.of("penalty", 500));
        assertThat(badPenalty.status()).isEqualTo(400);
        assertThat(api.putJson("manager", "/api/v1/projects/" + slug + "/memories/999999", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.get(
                                "translator",
                                "/api/v1/documents/" + document + "/segments/" + segment + "/matches?locale=fr&limit=0")
                        .status())
                .isEqualTo(400);

        assertThat(api.delete("manager", "/api/v1/projects/" + slug + "/memories/" + id)
                        .status())
                .isEqualTo(204);
        assertThat(matches(document, segment, JsonNode::isEmpty).size()).isZero();
        assertThat(api.delete("manager", "/api/v1/projects/" + slug + "/memories/" + id)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aProjectMemoryIsRenamedButNotDeletedAndMemoriesAreRenamed() {
        Response memory =
                api.postJson("manager", "/api/v1/memories", Map.of("name", "Old " + slug, "sourceLocale", "en"));
        long id = memory.json().path("id").asLong();
        Response renamed = api.patchJson("manager", "/api/v1/memories/" + id, Map.of("name", "New " + slug));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().path("name").asString()).isEqualTo("New " + slug);
        assertThat(api.patchJson("translator", "/api/v1/memories/" + id, Map.of("name", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(api.patchJson("manager", "/api/v1/memories/" + id, Map.of("name", " "))
                        .status())
                .isEqualTo(400);

        Response learning = api.putJson(
                "manager",
                "/api/v1/projects/" + slug + "/memory-learning",
                Map.of("includeTranslated", false, "unapprovedPenalty", 4));
        assertThat(learning.status()).as(learning.body()).isEqualTo(200);
        long own = api.get("translator", "/api/v1/projects/" + slug + "/memories")
                .json()
                .get(0)
                .path("id")
                .asLong();
        assertThat(api.get("translator", "/api/v1/memories").json().findValues("id").stream()
                        .map(JsonNode::asLong))
                .contains(own);
        // A closed project's memory is visible to its members only.
        assertThat(api.patchJson("manager", "/api/v1/projects/" + slug, Map.of("open", false))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("translator", "/api/v1/memories").json().findValues("id").stream()
                        .map(JsonNode::asLong))
                .doesNotContain(own);
        assertThat(api.get("translator", "/api/v1/memories/" + own + "/export").status())
                .isEqualTo(404);
        assertThat(api.get("admin", "/api/v1/memories/" + own + "/export").status())
                .isEqualTo(200);
        Response refused = api.delete("manager", "/api/v1/memories/" + own);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.get("translator", "/api/v1/projects/" + slug + "/memory-learning")
                        .json()
                        .path("includeTranslated")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aManagerAnalysesAndPretranslatesADocument() throws Exception {
        long first = document("first.txt", FIRST);
        List<Long> a = segments(first);
        translate(first, a.get(0), "Le port de Gwadar a accueilli 12 navires en mars.", "TRANSLATED");
        translate(first, a.get(1), "Le commerce a vite progressé.", "TRANSLATED");
        translate(first, a.get(2), "Les responsables étaient satisfaits.", "TRANSLATED");
        for (long segment : a) {
            approve(first, segment);
        }
        long second = document("second.txt", "Nothing else happened.\n\nNothing else happened. " + SECOND);
        List<Long> b = segments(second);
        matches(
                second,
                b.get(4),
                m -> m.size() == 1 && m.get(0).path("changedBy").asString().equals("reviewer"));

        Response analysis = api.get("translator", "/api/v1/documents/" + second + "/analysis?locale=fr");
        assertThat(analysis.status()).as(analysis.body()).isEqualTo(200);
        JsonNode buckets = analysis.json().path("buckets");
        assertThat(buckets.properties().stream().map(Map.Entry::getKey).toList())
                .containsExactly("CONTEXT", "EXACT", "95-99", "85-94", "75-84", "50-74", "NEW", "REPETITION");
        assertThat(buckets.path("CONTEXT").path("segments").asInt()).isEqualTo(1);
        assertThat(buckets.path("CONTEXT").path("words").asInt()).isEqualTo(3);
        assertThat(buckets.path("EXACT").path("segments").asInt()).isEqualTo(1);
        assertThat(buckets.path("95-99").path("segments").asInt()).isEqualTo(1);
        assertThat(buckets.path("NEW").path("segments").asInt()).isEqualTo(1);
        assertThat(buckets.path("REPETITION").path("segments").asInt()).isEqualTo(1);

        String path = "/api/v1/documents/" + second + "/pretranslate";
        assertThat(api.postJson("translator", path, Map.of("locale", "fr", "minimum", "EXACT"))
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson("manager", path, Map.of("locale", "fr", "minimum", 50))
                        .status())
                .isEqualTo(400);
        assertThat(api.postJson("manager", path, Map.of("locale", "fr", "minimum", 90, "status", "APPROVED"))
                        .status())
                .isEqualTo(400);
        Response filled = api.postJson("manager", path, Map.of("locale", "fr", "minimum", 95, "status", "TRANSLATED"));
        assertThat(filled.status()).as(filled.body()).isEqualTo(200);
        assertThat(filled.json().path("filled").asInt()).isEqualTo(3);
        assertThat(filled.json().path("byKind").path("CONTEXT").asInt()).isEqualTo(1);
        assertThat(filled.json().path("byKind").path("EXACT").asInt()).isEqualTo(1);
        assertThat(filled.json().path("byKind").path("FUZZY").asInt()).isEqualTo(1);

        JsonNode rows = api.get("translator", "/api/v1/documents/" + second + "/segments?locale=fr")
                .json();
        assertThat(rows.get(0).path("target").isNull()).as(rows.toString()).isTrue();
        assertThat(rows.get(2).path("target").asString())
                .isEqualTo("Le port de Gwadar a accueilli 14 navires en mars.");
        assertThat(rows.get(2).path("status").asString()).isEqualTo("DRAFT");
        assertThat(rows.get(3).path("status").asString()).isEqualTo("TRANSLATED");
        assertThat(rows.get(4).path("status").asString()).isEqualTo("TRANSLATED");
        JsonNode history = api.get(
                        "translator",
                        "/api/v1/documents/" + second + "/segments/" + b.get(2) + "/translations/fr/history")
                .json();
        assertThat(history.toString()).contains("Pre-translated from memory \\\"TM " + slug + " (project)\\\", 99%.");

        Response again = api.postJson("manager", path, Map.of("locale", "fr", "minimum", "CONTEXT"));
        assertThat(again.json().path("filled").asInt()).isZero();
    }
}
