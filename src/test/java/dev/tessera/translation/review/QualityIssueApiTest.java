package dev.tessera.translation.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import dev.tessera.support.TranslatedProject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Typed quality issues and the document's MQM score, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QualityIssueApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String slug;
    long doc;
    String first;
    String second;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        TranslatedProject project = TranslatedProject.create(api, "mqm", "fr");
        slug = project.slug();
        doc = project.document("doc.txt", "One sentence. Another sentence. A third sentence here.");
        List<Long> segments = project.segments(doc);
        first = project.translation(doc, segments.get(0));
        second = project.translation(doc, segments.get(1));
    }

    @Test
    void aRejectionWithATypedIssueLowersTheScoreAndTheTranslatorSeesTheSpan() {
        api.putJson("translator", first, Map.of("target", "Une phrase.", "status", "TRANSLATED", "version", 0));
        JsonNode clean = quality();
        assertThat(clean.path("words").asLong()).isEqualTo(8);
        assertThat(clean.path("points").asInt()).isZero();
        assertThat(clean.path("score").asDouble()).isZero();
        assertThat(clean.path("passed").asBoolean()).isTrue();
        assertThat(clean.path("threshold").asDouble()).isEqualTo(10.0);

        for (Map<String, Object> bad : List.of(
                issue("MISTRANSLATION", "MAJOR", 0, 99),
                issue("MISTRANSLATION", "MAJOR", 3, 3),
                issue(null, "MAJOR", null, null),
                issue("MISTRANSLATION", null, null, null),
                issue("TYPO", "MAJOR", null, null),
                issue("MISTRANSLATION", "HUGE", null, null))) {
            Response refused = api.postJson(
                    "reviewer",
                    first + "/review",
                    Map.of("action", "REJECT", "comment", "No.", "version", 1, "issues", List.of(bad)));
            assertThat(refused.status()).as(bad.toString()).isEqualTo(400);
        }
        Map<String, Object> half = issue("MISTRANSLATION", "MAJOR", 0, null);
        assertThat(api.postJson(
                                "reviewer",
                                first + "/review",
                                Map.of("action", "REJECT", "comment", "No.", "version", 1, "issues", List.of(half)))
                        .error())
                .isEqualTo("validation_failed");
        assertThat(api.get("translator", first + "/history").json()).hasSize(1);
        assertThat(api.get("translator", first + "/issues").json()).isEmpty();

        Map<String, Object> major = issue("MISTRANSLATION", "MAJOR", 0, 3);
        major.put("comment", "« Une » is not what the source says.");
        Response rejected = api.postJson(
                "reviewer",
                first + "/review",
                Map.of("action", "REJECT", "comment", "See the issue.", "version", 1, "issues", List.of(major)));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");

        JsonNode issues = api.get("translator", first + "/issues").json();
        assertThat(issues).hasSize(1);
        JsonNode filed = issues.get(0);
        assertThat(filed.path("category").asString()).isEqualTo("MISTRANSLATION");
        assertThat(filed.path("severity").asString()).isEqualTo("MAJOR");
        assertThat(filed.path("points").asInt()).isEqualTo(5);
        assertThat(filed.path("start").asInt()).isZero();
        assertThat(filed.path("end").asInt()).isEqualTo(3);
        assertThat(filed.path("text").asString()).isEqualTo("Une");
        assertThat(filed.path("comment").asString()).isEqualTo("« Une » is not what the source says.");
        assertThat(filed.path("origin").asString()).isEqualTo("REJECTION");
        assertThat(filed.path("reviewer").asString()).isEqualTo("reviewer");
        assertThat(filed.path("translator").asString()).isEqualTo("translator");
        assertThat(filed.path("version").asInt()).isEqualTo(1);
        assertThat(filed.path("standing").asBoolean()).isTrue();

        JsonNode scored = quality();
        assertThat(scored.path("points").asInt()).isEqualTo(5);
        assertThat(scored.path("issues").asInt()).isEqualTo(1);
        assertThat(scored.path("score").asDouble()).isEqualTo(625.0);
        assertThat(scored.path("passed").asBoolean()).isFalse();
        assertThat(scored.path("byCategory")
                        .path("MISTRANSLATION")
                        .path("points")
                        .asInt())
                .isEqualTo(5);
        assertThat(scored.path("bySeverity").path("MAJOR").path("issues").asInt())
                .isEqualTo(1);
        assertThat(scored.path("bySeverity").has("MINOR")).isFalse();
    }

    @Test
    void annotationsAreFiledWithoutAReviewAndRetractedByTheirReviewerOrAManager() {
        api.putJson("translator", first, Map.of("target", "Une phrase.", "status", "TRANSLATED", "version", 0));
        Map<String, Object> style = issue("STYLE", "MINOR", null, null);
        style.put("version", 1);
        assertThat(api.postJson("translator", first + "/issues", style).status())
                .isEqualTo(403);
        Response stale = api.postJson("reviewer", first + "/issues", withVersion(style, 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.error()).isEqualTo("stale_version");
        Response untranslated = api.postJson("reviewer", second + "/issues", withVersion(style, 0));
        assertThat(untranslated.status()).isEqualTo(409);
        assertThat(untranslated.error()).isEqualTo("invalid_state");
        assertThat(api.postJson("reviewer", first + "/issues", issue("STYLE", "MINOR", null, null))
                        .error())
                .isEqualTo("validation_failed");

        Response filed = api.postJson("reviewer", first + "/issues", style);
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.headers().firstValue("Location"))
                .hasValue(first + "/issues/" + filed.json().path("id").asLong());
        assertThat(filed.json().path("origin").asString()).isEqualTo("ANNOTATION");
        assertThat(filed.json().path("start").isNull()).isTrue();
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                        .json()
                        .get(0)
                        .path("status")
                        .asString())
                .as("an annotation leaves the status as it is")
                .isEqualTo("TRANSLATED");

        api.putJson("translator", first, Map.of("target", "Une seule phrase.", "status", "TRANSLATED", "version", 1));
        Map<String, Object> critical = issue("OMISSION", "CRITICAL", 4, 9);
        critical.put("version", 2);
        long criticalId = api.postJson("admin", first + "/issues", critical)
                .json()
                .path("id")
                .asLong();
        JsonNode issues = api.get("translator", first + "/issues").json();
        assertThat(issues).hasSize(2);
        assertThat(issues.get(0).path("standing").asBoolean())
                .as("the text changed since")
                .isFalse();
        assertThat(issues.get(1).path("text").asString()).isEqualTo("seule");
        assertThat(quality().path("points").asInt()).isEqualTo(26);

        assertThat(api.delete("translator", first + "/issues/" + criticalId).status())
                .isEqualTo(403);
        assertThat(api.delete("reviewer", first + "/issues/" + criticalId).status())
                .as("filed by admin")
                .isEqualTo(403);
        assertThat(api.delete("manager", first + "/issues/" + criticalId).status())
                .isEqualTo(204);
        assertThat(api.delete("manager", first + "/issues/" + criticalId).status())
                .isEqualTo(404);
        assertThat(api.delete(
                                "reviewer",
                                second + "/issues/" + filed.json().path("id").asLong())
                        .status())
                .as("another segment's issue")
                .isEqualTo(404);
        assertThat(quality().path("points").asInt()).isEqualTo(1);
        assertThat(quality().path("score").asDouble()).isEqualTo(125.0);
    }

    @Test
    void theProjectsThresholdDecidesPassOrFail() {
        api.putJson("translator", first, Map.of("target", "Une phrase.", "status", "TRANSLATED", "version", 0));
        Map<String, Object> minor = issue("PUNCTUATION", "MINOR", 10, 11);
        minor.put("version", 1);
        api.postJson("reviewer", first + "/issues", minor);
        assertThat(quality().path("passed").asBoolean()).isFalse();

        for (Object bad : List.of(-1, 1000.5, 12.345, "many")) {
            assertThat(api.patchJson("manager", "/api/v1/projects/" + slug, Map.of("qualityThreshold", bad))
                            .status())
                    .as(String.valueOf(bad))
                    .isEqualTo(400);
        }
        assertThat(api.patchJson("reviewer", "/api/v1/projects/" + slug, Map.of("qualityThreshold", 200))
                        .status())
                .isEqualTo(403);
        Response changed = api.patchJson("manager", "/api/v1/projects/" + slug, Map.of("qualityThreshold", 125));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("qualityThreshold").asDouble()).isEqualTo(125.0);
        JsonNode quality = quality();
        assertThat(quality.path("score").asDouble()).isEqualTo(125.0);
        assertThat(quality.path("passed").asBoolean())
                .as("at the threshold passes")
                .isTrue();
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/quality?locale=de")
                        .status())
                .isEqualTo(400);

        assertThat(api.delete("manager", "/api/v1/documents/" + doc).status()).isEqualTo(204);
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/quality?locale=fr")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void managersSeeEachTranslatorsScoreOverADateRange() {
        api.putJson("translator", first, Map.of("target", "Une phrase.", "status", "TRANSLATED", "version", 0));
        api.putJson("manager", second, Map.of("target", "Une autre.", "status", "TRANSLATED", "version", 0));
        Map<String, Object> major = issue("MISTRANSLATION", "MAJOR", 0, 3);
        api.postJson(
                "reviewer",
                first + "/review",
                Map.of("action", "REJECT", "comment", "No.", "version", 1, "issues", List.of(major)));
        String report = "/api/v1/projects/" + slug + "/quality";
        Response scores = api.get("manager", report + "?locale=fr");
        assertThat(scores.status()).as(scores.body()).isEqualTo(200);
        assertThat(scores.json().path("locale").asString()).isEqualTo("fr");
        JsonNode translators = scores.json().path("translators");
        assertThat(translators).hasSize(2);
        JsonNode manager = translators.get(0);
        assertThat(manager.path("translator").asString()).isEqualTo("manager");
        assertThat(manager.path("words").asLong()).isEqualTo(2);
        assertThat(manager.path("points").asInt()).isZero();
        assertThat(manager.path("passed").asBoolean()).isTrue();
        JsonNode translator = translators.get(1);
        assertThat(translator.path("translator").asString()).isEqualTo("translator");
        assertThat(translator.path("words").asLong()).isEqualTo(2);
        assertThat(translator.path("issues").asInt()).isEqualTo(1);
        assertThat(translator.path("points").asInt()).isEqualTo(5);
        assertThat(translator.path("score").asDouble()).isEqualTo(2500.0);
        assertThat(translator.path("passed").asBoolean()).isFalse();
        assertThat(api.get("manager", report).json().path("translators")).hasSize(2);

        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(api.get("manager", report + "?from=2020-01-01&to=2020-01-31")
                        .json()
                        .path("translators"))
                .isEmpty();
        assertThat(api.get("manager", report + "?from=" + today + "&to=" + today)
                        .json()
                        .path("translators"))
                .hasSize(2);
        assertThat(api.get("reviewer", report).status()).isEqualTo(403);
        for (String bad : List.of(
                "?from=yesterday",
                "?from=2026-02-30",
                "?from=2026-03-02&to=2026-03-01",
                "?from=2020-01-01&to=2026-01-01",
                "?locale=de")) {
            assertThat(api.get("manager", report + bad).status()).as(bad).isEqualTo(400);
        }
        assertThat(api.get("manager", "/api/v1/projects/no-such-project/quality")
                        .status())
                .isEqualTo(404);
    }

    private JsonNode quality() {
        Response quality = api.get("translator", "/api/v1/documents/" + doc + "/quality?locale=fr");
        assertThat(quality.status()).isEqualTo(200);
        return quality.json();
    }

    private static Map<String, Object> issue(String category, String severity, Integer start, Integer end) {
        Map<String, Object> issue = new HashMap<>();
        issue.put("category", category);
        issue.put("severity", severity);
        issue.put("start", start);
        issue.put("end", end);
        return issue;
    }

    private static Map<String, Object> withVersion(Map<String, Object> issue, int version) {
        Map<String, Object> copy = new HashMap<>(issue);
        copy.put("version", version);
        return copy;
    }
}
