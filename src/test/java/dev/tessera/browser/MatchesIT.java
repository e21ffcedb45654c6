package dev.tessera.browser;

import static com.codeborne.selenide.CollectionCondition.texts;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.attributeMatching;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.matchText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;

/** The translation memory in the editor: matches of the active segment, inserted by key, live, and concordance. */
class MatchesIT extends BrowserTest {

    static final String FIRST = """
            The port of Gwadar handled 12 large container ships from China and Oman during the first week of March.
            Officials in Karachi welcomed the new road to the border.
            """;
    static final String SECOND = """
            The port of Gwadar handled 14 large container ships from China and Oman during the first week of May.
            Officials in Karachi welcomed the new railway to the border.
            """;
    static final String PORT_FR = "Le port de Gwadar a accueilli 12 grands porte-conteneurs venus de Chine et d'Oman"
            + " pendant la première semaine de mars.";
    static final String ROAD_FR = "Les responsables de Karachi ont salué la nouvelle route vers la frontière.";

    ApiClient api;
    String slug;

    @BeforeEach
    void project() {
        api = new ApiClient(port);
        slug = "tm-ui-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of("slug", slug, "name", "TM " + slug, "sourceLocale", "en", "targetLocales", List.of("fr")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void aTranslatorTakesANearTwinApprovedInAnotherDocumentChangesAWordAndConfirms() throws Exception {
        long first = document("first.txt", FIRST);
        List<Long> a = segments(first);
        translateAndApprove(first, a.get(0), PORT_FR);
        long second = document("second.txt", SECOND);
        List<Long> b = segments(second);
        awaitMatches(second, b.get(0));

        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor = EditorPage.open(second, "fr").shouldBeActiveAt(1);
        SelenideElement best = $("#tm-matches .tm-match[data-index='1']");
        best.shouldBe(visible)
                .shouldHave(attribute("data-kind", "FUZZY"), attributeMatching("data-score", "9\\d"))
                .shouldHave(text("TM " + slug + " (project)"), text("reviewer"));
        best.$(".tm-score").shouldHave(matchText("9\\d%"));
        best.$$(".tm-source .tm-diff").shouldHave(texts("12", "March"));
        best.$(".tm-target").shouldHave(exactText(PORT_FR));
        best.$(".tm-penalty").shouldHave(text("a number differs"));

        editor.press(Keys.CONTROL, "1");
        String inserted = PORT_FR.replace("12", "14");
        editor.editorInput().shouldHave(value(inserted));
        $("vaadin-notification-card").shouldHave(text("12 → 14"));
        editor.editorInput().sendKeys(Keys.END);
        editor.press(Keys.BACK_SPACE)
                .press(Keys.BACK_SPACE)
                .press(Keys.BACK_SPACE)
                .press(Keys.BACK_SPACE);
        editor.press(Keys.BACK_SPACE).type("mai.");
        String confirmed = inserted.replace("mars.", "mai.");
        editor.editorInput().shouldHave(value(confirmed));
        editor.confirm().shouldBeActiveAt(2);
        editor.status(1).shouldHave(attribute("data-status", "TRANSLATED"));
        editor.target(1).shouldHave(exactText(confirmed));

        // A near-twin of the now active segment is approved elsewhere: its match shows without a reload.
        translateAndApprove(first, a.get(1), ROAD_FR);
        $("#tm-matches .tm-match[data-index='1']")
                .shouldBe(visible)
                .shouldHave(text("Officials in Karachi welcomed the new road to the border."), text(ROAD_FR));
        $("#tm-matches .tm-match[data-index='1'] .tm-source .tm-diff").shouldHave(exactText("road"));
        editor.shouldBeActiveAt(2);
    }

    @Test
    void ctrlKSearchesTheProjectsMemoriesAndTheShortcutsAreListed() throws Exception {
        long first = document("first.txt", FIRST);
        translateAndApprove(first, segments(first).get(0), PORT_FR);
        long second = document("second.txt", SECOND);
        awaitMatches(second, segments(second).get(0));

        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor = EditorPage.open(second, "fr").shouldBeActiveAt(1);
        editor.press(Keys.CONTROL, "k");
        $("#concordance-query").shouldBe(visible).shouldHave(attribute("focused"));
        Selenide.actions().sendKeys("gwadar").sendKeys(Keys.ENTER).perform();
        SelenideElement hit = $("#concordance-results .tm-concordance-hit");
        hit.shouldBe(visible).shouldHave(text("TM " + slug + " (project)"));
        hit.$(".tm-source .tm-hit").shouldHave(exactText("Gwadar"));
        hit.$(".tm-target .tm-hit").shouldHave(exactText("Gwadar"));

        editor.editorInput().click();
        editor.press(Keys.F1);
        $("#shortcuts-dialog").shouldHave(text("Ctrl+1 … Ctrl+5"), text("Ctrl+K"));
    }

    long document(String name, String text) {
        Response doc = api.postText("manager", "/api/v1/projects/" + slug + "/documents?name=" + name, text);
        assertThat(doc.status()).as(doc.body()).isEqualTo(201);
        return doc.json().path("id").asLong();
    }

    List<Long> segments(long document) {
        return api
                .get("translator", "/api/v1/documents/" + document + "/segments?locale=fr")
                .json()
                .findValues("id")
                .stream()
                .map(JsonNode::asLong)
                .toList();
    }

    void translateAndApprove(long document, long segment, String target) {
        String base = "/api/v1/documents/" + document + "/segments/" + segment + "/translations/fr";
        Response saved =
                api.putJson("translator", base, Map.of("target", target, "status", "TRANSLATED", "version", 0));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Response approved = api.postJson("reviewer", base + "/review", Map.of("action", "APPROVE", "version", 1));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    /** The memory learns after the commit: waits until the segment has the approved unit as its match. */
    void awaitMatches(long document, long segment) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode found = api.get(
                            "translator",
                            "/api/v1/documents/" + document + "/segments/" + segment + "/matches?locale=fr")
                    .json();
            if (!found.isEmpty() && found.get(0).path("changedBy").asString().equals("reviewer")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No approved match for segment " + segment + " after 5 seconds");
    }
}
