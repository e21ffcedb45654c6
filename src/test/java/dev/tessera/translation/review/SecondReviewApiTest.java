package dev.tessera.translation.review;

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

/** The second review step: sign-off by someone other than the approver, and what it changes in exports. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecondReviewApiTest {

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
        TranslatedProject project = TranslatedProject.create(api, "r2", "fr");
        slug = project.slug();
        doc = project.document("doc.txt", "One sentence. Two.");
        List<Long> segments = project.segments(doc);
        first = project.translation(doc, segments.get(0));
        second = project.translation(doc, segments.get(1));
        for (String segment : List.of(first, second)) {
            api.putJson("translator", segment, Map.of("target", "Une phrase.", "status", "TRANSLATED", "version", 0));
            assertThat(api.postJson("reviewer", segment + "/review", Map.of("action", "APPROVE", "version", 1))
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void withoutTheStepApprovalIsFinal() {
        Response refused = api.postJson("manager", first + "/review", Map.of("action", "SIGN_OFF", "version", 2));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.error()).isEqualTo("invalid_state");
        assertThat(api.postJson(
                                "manager",
                                first + "/review",
                                Map.of("action", "REJECT", "comment", "No.", "version", 2))
                        .error())
                .as("an approved segment is not reviewed again")
                .isEqualTo("invalid_state");
        assertThat(api.get("translator", "/api/v1/projects/" + slug)
                        .json()
                        .path("secondReview")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aSecondReviewerSignsOffWhatSomeoneElseApproved() {
        assertThat(api.patchJson("reviewer", "/api/v1/projects/" + slug, Map.of("secondReview", true))
                        .status())
                .isEqualTo(403);
        Response on = api.patchJson("manager", "/api/v1/projects/" + slug, Map.of("secondReview", true));
        assertThat(on.json().path("secondReview").asBoolean()).isTrue();

        Response notASigner = api.postJson("reviewer", first + "/review", Map.of("action", "SIGN_OFF", "version", 2));
        assertThat(notASigner.status())
                .as("a reviewer without the membership flag")
                .isEqualTo(403);
        assertThat(api.postJson(
                                "reviewer",
                                second + "/review",
                                Map.of("action", "REJECT", "comment", "No.", "version", 2))
                        .status())
                .isEqualTo(403);
        Response member = api.putJson(
                "manager",
                "/api/v1/projects/" + slug + "/members/reviewer",
                Map.of("role", "REVIEWER", "locales", List.of(), "signsOff", true));
        assertThat(member.json().path("signsOff").asBoolean()).isTrue();
        Response own = api.postJson("reviewer", first + "/review", Map.of("action", "SIGN_OFF", "version", 2));
        assertThat(own.status()).as("the approver cannot sign off").isEqualTo(403);
        assertThat(own.body()).contains("You approved this segment");
        assertThat(api.postJson("manager", first + "/review", Map.of("action", "SIGN_OFF", "version", 1))
                        .error())
                .isEqualTo("stale_version");

        Response signed = api.postJson("manager", first + "/review", Map.of("action", "SIGN_OFF", "version", 2));
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.json().path("status").asString()).isEqualTo("SIGNED_OFF");
        assertThat(signed.json().path("version").asInt()).isEqualTo(3);
        assertThat(api.postJson("manager", first + "/review", Map.of("action", "SIGN_OFF", "version", 3))
                        .error())
                .isEqualTo("invalid_state");
        assertThat(api.putJson("translator", first, Map.of("target", "Autre.", "status", "TRANSLATED", "version", 3))
                        .status())
                .as("a translator cannot change a signed-off segment")
                .isEqualTo(403);
        JsonNode progress = api.get("translator", "/api/v1/documents/" + doc + "/progress")
                .json()
                .path("locales")
                .path("fr");
        assertThat(progress.path("SIGNED_OFF").asInt()).isEqualTo(1);
        assertThat(progress.path("APPROVED").asInt()).isEqualTo(1);

        String export = "/api/v1/documents/" + doc + "/export?locale=fr&format=";
        Response approvedOnly = api.get("translator", export + "text&approvedOnly=true");
        assertThat(approvedOnly.status())
                .as("an approved segment is not signed off yet")
                .isEqualTo(409);
        assertThat(approvedOnly.json().path("segments")).hasSize(1);
        assertThat(api.get("translator", export + "text").status()).isEqualTo(200);
        assertThat(api.get("translator", export + "xliff12").body())
                .contains("state=\"final\"")
                .contains("state=\"signed-off\"");
        assertThat(api.get("translator", export + "xliff21").body())
                .contains("state=\"final\"")
                .contains("state=\"reviewed\"");

        Response rejected = api.postJson(
                "reviewer",
                second + "/review",
                Map.of("action", "REJECT", "comment", "Not one sentence.", "version", 2));
        assertThat(rejected.json().path("status").asString())
                .as("a second reviewer sends an approved segment back")
                .isEqualTo("REJECTED");
        api.putJson("translator", second, Map.of("target", "Deux.", "status", "TRANSLATED", "version", 3));
        api.postJson("manager", second + "/review", Map.of("action", "APPROVE", "version", 4));
        assertThat(api.postJson("reviewer", second + "/review", Map.of("action", "SIGN_OFF", "version", 5))
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("SIGNED_OFF");
        Response everything = api.get("translator", export + "text&approvedOnly=true");
        assertThat(everything.status()).isEqualTo(200);
        assertThat(everything.body()).contains("Une phrase. Deux.");
    }
}
