package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import dev.tessera.support.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A reviewer rejects with a typed issue on the words selected in the target; the document's score drops by the
 * issue's points, and the translator sees the words highlighted.
 */
class ReviewQualityIT extends BrowserTest {

    @Test
    void aMajorMistranslationOnASpanCostsFivePointsAndTheTranslatorSeesTheSpan() throws Exception {
        ApiClient api = new ApiClient(port);
        String slug = "mqm-" + UUID.randomUUID().toString().substring(0, 8);
        api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of("slug", slug, "name", "MQM " + slug, "sourceLocale", "en", "targetLocales", List.of("fr")));
        long doc = api.postText(
                        "manager",
                        "/api/v1/projects/" + slug + "/documents?name=drill.txt",
                        "Chinese soldiers prepare for an assault. The exercise ended.")
                .json()
                .path("id")
                .asLong();
        JsonNode first = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()
                .get(0);
        String base =
                "/api/v1/documents/" + doc + "/segments/" + first.path("id").asLong() + "/translations/fr";
        api.putJson(
                "translator",
                base,
                Map.of("target", "Des soldats chinois se préparent à une fête.", "status", "TRANSLATED", "version", 0));

        LoginPage.open().signInAs("reviewer", "reviewer");
        Selenide.open("/documents/" + doc + "/fr?segment=" + first.path("id").asLong());
        EditorPage.shown().shouldBeActiveAt(1);
        Selenide.executeJavaScript("const t = document.querySelector('#target-editor textarea');"
                + "const at = t.value.indexOf('une fête'); t.focus(); t.setSelectionRange(at, at + 8);");
        $("#reject-segment").click();
        $("#reject-dialog").shouldBe(visible);
        $("#issue-span input").shouldHave(value("une fête"));
        $("#reject-comment textarea").setValue("An assault, not a party.");
        $("#issue-category").click();
        $$("vaadin-select-item").findBy(exactText("Mistranslation")).click();
        $("#issue-severity vaadin-radio-button[checked]").shouldHave(text("Major (5 points)"));
        $("#confirm-reject").click();
        $("#segment-grid .status-badge[data-position='1']").shouldHave(attribute("data-status", "REJECTED"));

        JsonNode quality = api.get("manager", "/api/v1/documents/" + doc + "/quality?locale=fr")
                .json();
        assertThat(quality.path("words").asInt()).isEqualTo(9);
        assertThat(quality.path("points").asInt()).isEqualTo(5);
        assertThat(quality.path("score").asDouble()).isEqualTo(555.56);
        assertThat(quality.path("passed").asBoolean()).isFalse();

        $("#quality-link").click();
        $("#quality-score").shouldHave(attribute("data-points", "5"), attribute("data-passed", "false"));
        $("#quality-score").shouldHave(text("555.56"));
        $("#quality-by-category .quality-row[data-category='MISTRANSLATION']")
                .shouldHave(attribute("data-points", "5"), text("Mistranslation"));
        $("#quality-by-severity .quality-severity[data-severity='MAJOR']").shouldHave(attribute("data-issues", "1"));

        SelenideDriver translator = secondBrowser();
        try {
            signIn(translator, "translator");
            translator.open(
                    "/documents/" + doc + "/fr?segment=" + first.path("id").asLong());
            translator.$("#target-editor").shouldHave(attribute("data-position", "1"));
            translator.$("#segment-issues .issue").shouldHave(text("Major"), text("Mistranslation"), text("5"));
            translator.$("#segment-issues .issue-span").shouldHave(exactText("une fête"));
            translator.$("#comment-thread").shouldHave(text("An assault, not a party."));
        } finally {
            translator.close();
        }
    }
}
