package dev.tessera.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Open and closed projects, members with their role and locales, and a project's changes, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MembershipApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String slug;
    long doc;
    long segment;

    @BeforeEach
    void project() {
        api = new ApiClient(port);
        slug = "m" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.postJson(
                                "manager",
                                "/api/v1/projects",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        "Members " + slug,
                                        "sourceLocale",
                                        "en",
                                        "targetLocales",
                                        List.of("fr", "de")))
                        .status())
                .isEqualTo(201);
        doc = api.postText(
                        "manager", "/api/v1/projects/" + slug + "/documents?name=a.txt", "One sentence. Another one.")
                .json()
                .path("id")
                .asLong();
        segment = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()
                .get(0)
                .path("id")
                .asLong();
    }

    @Test
    void aClosedProjectExistsOnlyForItsMembers() {
        assertThat(listed("translator")).contains(slug);
        Response closed = api.patchJson("manager", "/api/v1/projects/" + slug, Map.of("open", false));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("open").asBoolean()).isFalse();

        assertThat(listed("translator")).doesNotContain(slug);
        assertThat(api.get("translator", "/api/v1/projects/" + slug).status()).isEqualTo(404);
        assertThat(api.get("translator", "/api/v1/projects/" + slug + "/documents")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("translator", "/api/v1/documents/" + doc).status()).isEqualTo(404);
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                        .status())
                .isEqualTo(404);
        assertThat(save("translator", "fr", 0).status()).isEqualTo(404);
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/export?locale=fr&format=xliff21")
                        .status())
                .isEqualTo(404);
        assertThat(listed("admin")).as("administrators see every project").contains(slug);
        assertThat(api.get("manager", "/api/v1/projects/" + slug).status())
                .as("the creator is a member")
                .isEqualTo(200);
        assertThat(api.get("manager", "/api/v1/projects/" + slug + "/members").body())
                .contains("\"manager\"");

        assertThat(api.putJson(
                                "admin",
                                "/api/v1/projects/" + slug + "/members/translator",
                                Map.of("role", "TRANSLATOR", "locales", List.of()))
                        .status())
                .isEqualTo(200);
        assertThat(listed("translator")).contains(slug);
        assertThat(save("translator", "fr", 0).status()).isEqualTo(200);

        assertThat(api.delete("admin", "/api/v1/projects/" + slug + "/members/translator")
                        .status())
                .isEqualTo(204);
        assertThat(api.get("translator", "/api/v1/projects/" + slug).status()).isEqualTo(404);
        assertThat(api.delete("admin", "/api/v1/projects/" + slug + "/members/translator")
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("admin", "/api/v1/projects/" + slug + "/members/manager")
                        .status())
                .isEqualTo(204);
        assertThat(api.get("manager", "/api/v1/projects/" + slug).status())
                .as("a manager who is no member")
                .isEqualTo(404);
    }

    @Test
    void membersWorkWithinTheirRoleAndLocales() {
        Response member = api.putJson(
                "manager",
                "/api/v1/projects/" + slug + "/members/reviewer",
                Map.of("role", "TRANSLATOR", "locales", List.of("fr")));
        assertThat(member.status()).as(member.body()).isEqualTo(200);
        assertThat(member.json().path("locales").toString()).isEqualTo("[\"fr\"]");
        JsonNode members =
                api.get("manager", "/api/v1/projects/" + slug + "/members").json();
        assertThat(members.toString()).contains("\"username\":\"reviewer\"").contains("\"role\":\"TRANSLATOR\"");

        assertThat(save("reviewer", "fr", 0).status()).isEqualTo(200);
        Response otherLocale = save("reviewer", "de", 0);
        assertThat(otherLocale.status()).isEqualTo(403);
        assertThat(otherLocale.json().path("message").asString()).contains("does not include de");
        assertThat(save("reviewer", "fr", 1).status()).isEqualTo(200);
        Response review = api.postJson(
                "reviewer",
                "/api/v1/documents/" + doc + "/segments/" + segment + "/translations/fr/review",
                Map.of("action", "APPROVE", "version", 2));
        assertThat(review.status())
                .as("a translator in this project: " + review.body())
                .isEqualTo(403);
        assertThat(api.get("reviewer", "/api/v1/documents/" + doc + "/segments?locale=de")
                        .status())
                .as("other locales stay readable")
                .isEqualTo(200);

        assertThat(api.putJson("manager", "/api/v1/projects/" + slug + "/members/translator", Map.of("role", "MANAGER"))
                        .status())
                .as("above the global role")
                .isEqualTo(400);
        assertThat(api.putJson("manager", "/api/v1/projects/" + slug + "/members/nobody", Map.of("role", "TRANSLATOR"))
                        .status())
                .isEqualTo(404);
        assertThat(api.putJson(
                                "manager",
                                "/api/v1/projects/" + slug + "/members/translator",
                                Map.of("role", "TRANSLATOR", "locales", List.of("ur")))
                        .status())
                .isEqualTo(400);
        assertThat(api.get("translator", "/api/v1/projects/" + slug + "/members")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aManagerRenamesAndChangesTheLocales() {
        assertThat(save("translator", "de", 0).status()).isEqualTo(200);
        Response changed = api.patchJson(
                "manager", "/api/v1/projects/" + slug, Map.of("name", "Renamed", "targetLocales", List.of("fr", "ur")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("name").asString()).isEqualTo("Renamed");
        assertThat(changed.json().path("targetLocales").toString()).isEqualTo("[\"fr\",\"ur\"]");
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=de")
                        .status())
                .isEqualTo(400);
        // German added back starts afresh: its translation went with the locale.
        api.patchJson("manager", "/api/v1/projects/" + slug, Map.of("targetLocales", List.of("fr", "ur", "de")));
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=de")
                        .json()
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("UNTRANSLATED");
        assertThat(api.patchJson("translator", "/api/v1/projects/" + slug, Map.of("name", "No"))
                        .status())
                .isEqualTo(403);
        assertThat(api.patchJson("manager", "/api/v1/projects/" + slug, Map.of("targetLocales", List.of()))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void deletingAProjectTakesItsWorkAndLeavesItsGlossaries() {
        long glossary = api.postJson("manager", "/api/v1/glossaries", Map.of("name", "G " + slug))
                .json()
                .path("id")
                .asLong();
        assertThat(api.putJson("manager", "/api/v1/projects/" + slug + "/glossaries/" + glossary, Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(save("translator", "fr", 0).status()).isEqualTo(200);
        assertThat(api.postJson(
                                "reviewer",
                                "/api/v1/documents/" + doc + "/segments/" + segment + "/translations/fr/comments",
                                Map.of("text", "Nice."))
                        .status())
                .isEqualTo(201);
        api.putJson("manager", "/api/v1/projects/" + slug + "/members/reviewer", Map.of("role", "REVIEWER"));

        assertThat(api.delete("manager", "/api/v1/projects/" + slug).status())
                .as("unconfirmed")
                .isEqualTo(400);
        assertThat(api.delete("manager", "/api/v1/projects/" + slug + "?confirm=other")
                        .status())
                .isEqualTo(400);
        assertThat(api.delete("translator", "/api/v1/projects/" + slug + "?confirm=" + slug)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("translator", "/api/v1/projects/" + slug).status()).isEqualTo(200);

        assertThat(api.delete("manager", "/api/v1/projects/" + slug + "?confirm=" + slug)
                        .status())
                .isEqualTo(204);
        assertThat(api.get("manager", "/api/v1/projects/" + slug).status()).isEqualTo(404);
        assertThat(api.get("manager", "/api/v1/documents/" + doc).status()).isEqualTo(404);
        assertThat(api.get("manager", "/api/v1/glossaries/" + glossary).status())
                .as("the glossary stays")
                .isEqualTo(200);
        assertThat(api.postJson(
                                "manager",
                                "/api/v1/projects",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        "Again",
                                        "sourceLocale",
                                        "en",
                                        "targetLocales",
                                        List.of("fr")))
                        .status())
                .as("the slug is free again")
                .isEqualTo(201);
    }

    @Test
    void aManagerRenamesAndDeletesADocument() {
        long other = api.postText("manager", "/api/v1/projects/" + slug + "/documents?name=b.txt", "Two.")
                .json()
                .path("id")
                .asLong();
        assertThat(save("translator", "fr", 0).status()).isEqualTo(200);
        assertThat(api.patchJson("manager", "/api/v1/documents/" + doc, Map.of("name", "b.txt"))
                        .status())
                .as("the name is taken")
                .isEqualTo(409);
        Response renamed = api.patchJson("manager", "/api/v1/documents/" + doc, Map.of("name", "renamed.txt"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(api.get("translator", "/api/v1/documents/" + doc)
                        .json()
                        .path("name")
                        .asString())
                .isEqualTo("renamed.txt");
        assertThat(api.patchJson("translator", "/api/v1/documents/" + doc, Map.of("name", "x.txt"))
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("translator", "/api/v1/documents/" + doc).status())
                .isEqualTo(403);
        assertThat(api.delete("manager", "/api/v1/documents/" + doc).status()).isEqualTo(204);
        assertThat(api.get("translator", "/api/v1/documents/" + doc).status()).isEqualTo(404);
        assertThat(api.get("translator", "/api/v1/projects/" + slug + "/documents")
                        .json())
                .hasSize(1);
        assertThat(api.get("translator", "/api/v1/documents/" + other).status()).isEqualTo(200);
    }

    private Response save(String user, String locale, int version) {
        return api.putJson(
                user,
                "/api/v1/documents/" + doc + "/segments/" + segment + "/translations/" + locale,
                Map.of(
                        "target",
                        "Une phrase " + version + ".",
                        "status",
                        version == 1 ? "TRANSLATED" : "DRAFT",
                        "version",
                        version));
    }

    private String listed(String user) {
        return api.get(user, "/api/v1/projects").body();
    }
}
