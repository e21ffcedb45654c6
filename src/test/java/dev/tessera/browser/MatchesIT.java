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
import static com.codeborne.selenide.Selenide.$$;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import dev.tessera.support.ApiClient;
import dev.tessera.support.TranslatedProject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The translation memory in the editor: matches of the active segment, inserted by key, live (after an approval and a
 * TMX import), and concordance.
 */
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
    TranslatedProject project;
    String slug;

    @BeforeEach
    void project() {
        api = new ApiClient(port);
        project = TranslatedProject.create(api, "tm-ui", "fr");
        slug = project.slug();
    }

    @Test
    void aTranslatorTakesANearTwinApprovedInAnotherDocumentChangesAWordAndConfirms() throws Exception {
        long first = project.document("first.txt", FIRST);
        List<Long> a = project.segments(first);
        project.translateAndApprove(first, a.get(0), PORT_FR);
        long second = project.document("second.txt", SECOND);
        List<Long> b = project.segments(second);
        project.matches(
                second,
                b.get(0),
                found -> !found.isEmpty()
                        && found.get(0).path("changedBy").asString().equals("reviewer"));

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
        project.translateAndApprove(first, a.get(1), ROAD_FR);
        $("#tm-matches .tm-match[data-index='1']")
                .shouldBe(visible)
                .shouldHave(text("Officials in Karachi welcomed the new road to the border."), text(ROAD_FR));
        $("#tm-matches .tm-match[data-index='1'] .tm-source .tm-diff").shouldHave(exactText("road"));
        editor.shouldBeActiveAt(2);
    }

    @Test
    void ctrlKSearchesTheProjectsMemoriesAndTheShortcutsAreListed() throws Exception {
        long first = project.document("first.txt", FIRST);
        project.translateAndApprove(first, project.segments(first).get(0), PORT_FR);
        long second = project.document("second.txt", SECOND);
        project.matches(
                second,
                project.segments(second).get(0),
                found -> !found.isEmpty()
                        && found.get(0).path("changedBy").asString().equals("reviewer"));

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
        Selenide.actions().sendKeys(Keys.ESCAPE).perform();
        $("#shortcuts-dialog").shouldNotBe(visible);

        // A manager links a memory of TMX files and imports into it: the exact match shows without a reload.
        long memory = api.postJson(
                        "manager", "/api/v1/memories", java.util.Map.of("name", "Ports", "sourceLocale", "en"))
                .json()
                .path("id")
                .asLong();
        assertStatus(
                api.putJson(
                        "manager",
                        "/api/v1/projects/" + slug + "/memories/" + memory,
                        java.util.Map.of("write", false)),
                204);
        String source = SECOND.lines().findFirst().orElseThrow();
        String tmx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"
                 creationtool="test" creationtoolversion="1" o-tmf="test"/><body>
                <tu><tuv xml:lang="en"><seg>%s</seg></tuv><tuv xml:lang="fr"><seg>Importé.</seg></tuv></tu>
                </body></tmx>""".formatted(source);
        assertStatus(
                api.post(
                        "manager",
                        "/api/v1/memories/" + memory + "/import",
                        "application/xml",
                        tmx.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                200);
        $$("vaadin-tab").findBy(exactText("Matches")).click();
        $("#tm-matches .tm-match[data-index='1']")
                .shouldHave(attribute("data-kind", "EXACT"), text("Importé."), text("Ports"));
    }

    private static void assertStatus(ApiClient.Response response, int status) {
        org.assertj.core.api.Assertions.assertThat(response.status())
                .as(response.body())
                .isEqualTo(status);
    }
}
