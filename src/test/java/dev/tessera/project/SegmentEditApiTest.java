package dev.tessera.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import dev.tessera.support.TranslatedProject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Joining two segments of a block and splitting one, over real HTTP: the translations and their work follow. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SegmentEditApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    TranslatedProject project;
    long doc;
    List<Long> segments;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        project = TranslatedProject.create(api, "seg", "fr");
        doc = project.document(
                "amb.txt", "Amb. Smith arrived in Islamabad. He met the minister.\n\nThe talks went well.");
        segments = project.segments(doc);
        assertThat(sources())
                .containsExactly("Amb.", "Smith arrived in Islamabad.", "He met the minister.", "The talks went well.");
    }

    @Test
    void aJoinJoinsTheTargetsAndMovesTheWorkOfTheSecondSegment() {
        project.translate(doc, segments.get(0), "L'amb.", "TRANSLATED");
        project.translateAndApprove(doc, segments.get(1), "Smith est arrivé à Islamabad.");
        assertThat(api.postJson(
                                "translator",
                                project.translation(doc, segments.get(1)) + "/comments",
                                Map.of("text", "Islamabad, pas Islamabad-ville."))
                        .status())
                .isEqualTo(201);

        assertThat(api.postJson("translator", join(segments.get(0)), Map.of()).status())
                .as("a translator may not")
                .isEqualTo(403);
        Response joined = api.postJson("reviewer", join(segments.get(0)), Map.of());
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.json().path("id").asLong()).isEqualTo(segments.get(0));
        assertThat(joined.json().path("position").asInt()).isEqualTo(1);
        assertThat(joined.json().path("source").asString()).isEqualTo("Amb. Smith arrived in Islamabad.");

        assertThat(sources())
                .containsExactly("Amb. Smith arrived in Islamabad.", "He met the minister.", "The talks went well.");
        assertThat(project.rows(doc).findValues("position").stream().map(JsonNode::asInt))
                .containsExactly(1, 2, 3);
        JsonNode row = project.rows(doc).get(0);
        assertThat(row.path("target").asString()).isEqualTo("L'amb. Smith est arrivé à Islamabad.");
        assertThat(row.path("status").asString())
                .as("an approved part makes a TRANSLATED whole: someone reads it again")
                .isEqualTo("TRANSLATED");
        String history = api.get("translator", project.translation(doc, segments.get(0)) + "/history")
                .body();
        assertThat(history).contains("joined with the next segment").contains("Smith est arrivé à Islamabad.");
        assertThat(api.get("translator", project.translation(doc, segments.get(0)) + "/comments")
                        .body())
                .contains("Islamabad, pas Islamabad-ville.");
        assertThat(api.get("translator", "/api/v1/projects/" + project.slug() + "/documents")
                        .body())
                .contains("\"segmentCount\":3");
        Response text =
                api.get("translator", "/api/v1/documents/" + doc + "/export?locale=fr&format=text&fallback=source");
        assertThat(text.body()).startsWith("L'amb. Smith est arrivé à Islamabad. He met the minister.");

        assertThat(joined.json().path("abbreviation").asString())
                .as("the segmenter broke after an abbreviation it did not know")
                .isEqualTo("Amb.");

        Response otherBlock = api.postJson("manager", join(segments.get(2)), Map.of());
        assertThat(otherBlock.status()).isEqualTo(400);
        assertThat(otherBlock.error()).isEqualTo("not_same_paragraph");
        assertThat(api.postJson("manager", join(segments.get(3)), Map.of()).status())
                .as("the last segment")
                .isEqualTo(400);
        assertThat(api.postJson("manager", "/api/v1/documents/" + doc + "/segments/999999/join", Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aSplitLeavesTheTargetOnTheFirstPartAsADraft() {
        project.translate(doc, segments.get(2), "Il a rencontré le ministre.", "TRANSLATED");
        for (Object bad : List.of(0, 20, -1, 3.5, "x")) {
            assertThat(api.postJson("manager", split(segments.get(2)), Map.of("offset", bad))
                            .status())
                    .as("offset " + bad)
                    .isEqualTo(400);
        }
        assertThat(api.postJson("manager", split(segments.get(2)), Map.of()).status())
                .isEqualTo(400);
        assertThat(sources()).hasSize(4);

        Response split = api.postJson("manager", split(segments.get(2)), Map.of("offset", 7));
        assertThat(split.status()).as(split.body()).isEqualTo(200);
        assertThat(split.json()).hasSize(2);
        assertThat(split.json().get(0).path("source").asString()).isEqualTo("He met");
        assertThat(split.json().get(1).path("source").asString()).isEqualTo("the minister.");
        assertThat(split.json().get(1).path("position").asInt()).isEqualTo(4);
        assertThat(sources())
                .containsExactly(
                        "Amb.", "Smith arrived in Islamabad.", "He met", "the minister.", "The talks went well.");
        JsonNode rows = project.rows(doc);
        assertThat(rows.get(2).path("target").asString()).isEqualTo("Il a rencontré le ministre.");
        assertThat(rows.get(2).path("status").asString()).isEqualTo("DRAFT");
        assertThat(rows.get(3).path("status").asString()).isEqualTo("UNTRANSLATED");
        assertThat(rows.get(4).path("position").asInt()).isEqualTo(5);

        Response rejoined = api.postJson("manager", join(segments.get(2)), Map.of());
        assertThat(rejoined.status()).isEqualTo(200);
        assertThat(rejoined.json().path("source").asString()).isEqualTo("He met the minister.");
        assertThat(project.rows(doc).get(2).path("status").asString())
                .as("a draft part keeps the whole a draft")
                .isEqualTo("DRAFT");
    }

    private List<String> sources() {
        return project.rows(doc).findValues("source").stream()
                .map(JsonNode::asString)
                .toList();
    }

    private String join(long segment) {
        return "/api/v1/documents/" + doc + "/segments/" + segment + "/join";
    }

    private String split(long segment) {
        return "/api/v1/documents/" + doc + "/segments/" + segment + "/split";
    }

    @Test
    void aRememberedAbbreviationKeepsTheNextImportsSentencesWhole() {
        String project = "/api/v1/projects/" + this.project.slug();
        for (Object bad : List.of("Amb. Smith", "", "a".repeat(30), "1st")) {
            Response refused = api.patchJson("manager", project, Map.of("abbreviations", List.of(bad)));
            assertThat(refused.status()).as(String.valueOf(bad)).isEqualTo(400);
        }
        assertThat(api.patchJson("reviewer", project, Map.of("abbreviations", List.of("Amb.")))
                        .status())
                .isEqualTo(403);
        Response saved = api.patchJson("manager", project, Map.of("abbreviations", List.of("Amb.", "amb", "Gen.")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("abbreviations").toString()).isEqualTo("[\"amb\",\"gen\"]");

        long next = this.project.document("next.txt", "Amb. Smith arrived in Islamabad. Gen. Khan met him.");
        assertThat(this.project.rows(next).findValues("source").stream().map(JsonNode::asString))
                .containsExactly("Amb. Smith arrived in Islamabad.", "Gen. Khan met him.");
        assertThat(sources())
                .as("documents imported before stay as they were cut")
                .hasSize(4);
        Response joined = api.postJson("manager", join(segments.get(0)), Map.of());
        assertThat(joined.json().path("abbreviation").isNull())
                .as("nothing to offer: the project knows it")
                .isTrue();
    }
}
