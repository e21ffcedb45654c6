package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.TranslatedProject;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A manager opens the analysis from the editor, sees the buckets as a bar, pre-translates, and sees the fills. */
class LeverageIT extends BrowserTest {

    @Test
    void aManagerAnalysesAndPretranslatesADocument() throws Exception {
        ApiClient api = new ApiClient(port);
        TranslatedProject project = TranslatedProject.create(api, "lev", "fr");
        long first = project.document("first.txt", "The port handled 12 ships. Trade grew quickly.");
        List<Long> segments = project.segments(first);
        project.translateAndApprove(first, segments.get(0), "Le port a accueilli 12 navires.");
        project.translateAndApprove(first, segments.get(1), "Le commerce a vite progressé.");
        long second = project.document("second.txt", "The port handled 14 ships. Trade grew quickly. Something new.");
        project.matches(second, project.segments(second).get(1), found -> !found.isEmpty());

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
}
