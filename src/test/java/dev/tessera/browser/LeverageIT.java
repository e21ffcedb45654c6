package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A manager opens the analysis from the editor, sees the buckets as a bar, pre-translates, and sees the fills. */
class LeverageIT extends BrowserTest {

    @Test
    void aManagerAnalysesAndPretranslatesADocument() throws Exception {
        ApiClient api = new ApiClient(port);
        String slug = "lev-" + UUID.randomUUID().toString().substring(0, 8);
        api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of("slug", slug, "name", "Leverage " + slug, "sourceLocale", "en", "targetLocales", List.of("fr")));
        long first = api.postText(
                        "manager",
                        "/api/v1/projects/" + slug + "/documents?name=first.txt",
                        "The port handled 12 ships. Trade grew quickly.")
                .json()
                .path("id")
                .asLong();
        List<Long> segments = ids(api, first);
        approve(api, first, segments.get(0), "Le port a accueilli 12 navires.");
        approve(api, first, segments.get(1), "Le commerce a vite progressé.");
        long second = api.postText(
                        "manager",
                        "/api/v1/projects/" + slug + "/documents?name=second.txt",
                        "The port handled 14 ships. Trade grew quickly. Something new.")
                .json()
                .path("id")
                .asLong();
        long last = ids(api, second).get(1);
        for (int i = 0;
                i < 100
                        && api.get(
                                        "manager",
                                        "/api/v1/documents/" + second + "/segments/" + last + "/matches?locale=fr")
                                .json()
                                .isEmpty();
                i++) {
            Thread.sleep(50);
        }

        LoginPage.open().signInAs("manager", "manager");
        EditorPage.open(second, "fr");
        $("#leverage-link").click();
        $(".leverage-view").shouldBe(visible);
        $(".leverage-bar [data-bucket='EXACT']").shouldBe(visible);
        $(".leverage-bar [data-bucket='95-99']").shouldBe(visible);
        $(".leverage-bucket[data-bucket='NEW']").shouldHave(attribute("data-segments", "1"));

        $("#pretranslate-minimum").click();
        $$("vaadin-select-list-box vaadin-select-item")
                .filterBy(visible)
                .findBy(text("95%"))
                .click();
        $("#pretranslate-run").click();
        $("vaadin-notification-card").shouldHave(text("Pre-translated 2 segments"));
        $(".leverage-bucket[data-bucket='EXACT']").shouldHave(attribute("data-segments", "1"));

        $("#leverage-back").click();
        $("#target-editor").shouldHave(value("Le port a accueilli 14 navires."));
        $("#segment-grid .target-text[data-position='2']").shouldHave(text("Le commerce a vite progressé."));
        JsonNode rows = api.get("manager", "/api/v1/documents/" + second + "/segments?locale=fr")
                .json();
        assertThat(rows.get(0).path("status").asString()).isEqualTo("DRAFT");
        assertThat(rows.get(1).path("status").asString()).isEqualTo("DRAFT");
        assertThat(rows.get(2).path("target").isNull()).isTrue();
    }

    private static List<Long> ids(ApiClient api, long document) {
        return api
                .get("manager", "/api/v1/documents/" + document + "/segments?locale=fr")
                .json()
                .findValues("id")
                .stream()
                .map(JsonNode::asLong)
                .toList();
    }

    private static void approve(ApiClient api, long document, long segment, String target) {
        String path = "/api/v1/documents/" + document + "/segments/" + segment + "/translations/fr";
        Response saved =
                api.putJson("translator", path, Map.of("target", target, "status", "TRANSLATED", "version", 0));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Response approved = api.postJson("reviewer", path + "/review", Map.of("action", "APPROVE", "version", 1));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }
}
