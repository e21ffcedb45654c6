package dev.tessera.browser;

import static com.codeborne.selenide.CollectionCondition.exactTexts;
import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.attributeMatching;
import static com.codeborne.selenide.Condition.exactValue;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import dev.tessera.support.ApiClient;
import dev.tessera.support.TranslatedProject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The language checks in the browser (issue 20): a translator sees a misspelling and a missing space before a colon
 * underlined under the editor a moment after saving, fixes the first with Alt+Enter and the second with one click,
 * adds a name to the project's dictionary from its mark, and the findings go; a manager reads which locales the
 * checks cannot cover in the QA settings and edits the dictionary on the project settings page.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tessera.proofing.enabled=true")
class ProofingIT extends BrowserTest {

    private static final String SOURCE = "The project's success: it is clear.";
    /**
     * A misspelling ("succes"), no space before the colon, and a made-up name the source does not vouch for where a
     * sentence starts (inside a sentence a capitalised word is a name, and names are not spelling errors).
     */
    private static final String TYPED = "Le succes du projet: il est clair. Marchaud le dit.";
    /** The first language check after start-up may wait for French to load. */
    private static final Duration FIRST_CHECK = Duration.ofSeconds(30);

    private static final Duration CHECK = Duration.ofSeconds(5);

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aTranslatorSeesTheFindingsUnderlinedFixesThemAndAddsANameToTheDictionary() {
        TranslatedProject project = TranslatedProject.create(api, "proofing", "fr");
        long doc = project.document("success-" + UUID.randomUUID() + ".txt", SOURCE + "\nThe team is ready.\n");
        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor = EditorPage.open(doc, "fr").shouldBeActiveAt(1);

        editor.type(TYPED).press(Keys.CONTROL, "s");
        $$("#proofing-marks .lang-mark.lang-spelling")
                .shouldHave(size(2), FIRST_CHECK)
                .shouldHave(exactTexts("succes", "Marchaud"));
        $("#proofing-marks .lang-mark.lang-typography").shouldBe(visible).shouldHave(text(":"));
        $("#proofing-marks .lang-spelling")
                .shouldHave(attributeMatching("title", "\"succes\" is not in the dictionary.*succès.*"));
        $$("#qa-findings .qa-finding[data-check='lang.spelling']")
                .shouldHave(size(2))
                .first()
                .shouldHave(text("\"succes\" is not in the dictionary"));
        $("#qa-findings .qa-finding[data-check='lang.typography']").should(exist);

        editor.press(Keys.ALT, Keys.ENTER);
        editor.editorInput().shouldHave(exactValue("Le succès du projet: il est clair. Marchaud le dit."));
        $("#proofing-marks").shouldHave(attribute("data-state", "none")).shouldNotBe(visible);

        editor.press(Keys.CONTROL, "s");
        $$("#proofing-marks .lang-mark.lang-spelling").shouldHave(exactTexts("Marchaud"), CHECK);
        $("#proofing-marks .lang-spelling").click();
        $("#proofing-marks .lang-add-word").shouldHave(text("Marchaud")).click();
        $$("vaadin-notification-card")
                .findBy(text("is in the project's fr dictionary now"))
                .shouldBe(visible);
        $("#proofing-marks .lang-spelling").shouldNot(exist, CHECK);
        assertThat(api.get("translator", "/api/v1/projects/" + project.slug() + "/dictionary/fr")
                        .json()
                        .toString())
                .isEqualTo("[\"Marchaud\"]");

        $("#proofing-marks .lang-typography").click();
        $("#proofing-marks .lang-suggestion").click();
        editor.editorInput().shouldHave(attributeMatching("value", ".*projet[\u00A0\u202F]:.*"));
        editor.press(Keys.CONTROL, "s");
        $$("vaadin-notification-card").findBy(text("Draft saved")).shouldBe(visible);
        $("#proofing-marks").shouldHave(attribute("data-state", "none"), CHECK);
        $$("#qa-findings .qa-finding[data-check^='lang.']").shouldHave(size(0));
        assertThat(languageChecks(project, doc)).isEmpty();
    }

    @Test
    void aManagerSeesWhichLocalesAreNotCoveredAndEditsTheDictionary() {
        String slug = TranslatedProject.create(api, "proofing-ur", "fr", "ur").slug();
        assertThat(api.postJson("translator", "/api/v1/projects/" + slug + "/dictionary/fr", Map.of("word", "Quibrix"))
                        .status())
                .isEqualTo(201);

        ProjectsPage projects = LoginPage.open().signInAs("manager", "manager");
        projects.project(slug)
                .$(".qa-settings")
                .scrollIntoView("{block: 'center'}")
                .click();
        $("#qa-language-coverage")
                .shouldBe(visible)
                .shouldHave(attribute("data-unavailable", "ur"))
                .shouldHave(text("not available for ur"));
        $("#qa-settings-dialog vaadin-select[data-check='lang.style']").shouldHave(text("OFF"));
        Selenide.open("/projects/" + slug + "/settings");

        $("#settings-dictionary").scrollIntoView("{block: 'center'}");
        var french = $("#settings-dictionary .dictionary-locale[data-locale='fr']");
        french.$$(".dictionary-word").shouldHave(exactTexts("Quibrix"));
        french.$(".dictionary-new-word input").setValue("Marchaud");
        french.$(".dictionary-add").click();
        french.$$(".dictionary-word").shouldHave(exactTexts("Marchaud", "Quibrix"));
        french.$(".dictionary-remove[data-word='Quibrix']").click();
        french.$$(".dictionary-word").shouldHave(exactTexts("Marchaud"));
        $("#settings-dictionary .dictionary-locale[data-locale='ur']").shouldHave(text("do not cover ur"));
        assertThat(api.get("translator", "/api/v1/projects/" + slug + "/dictionary/fr")
                        .json()
                        .toString())
                .isEqualTo("[\"Marchaud\"]");
    }

    private List<String> languageChecks(TranslatedProject project, long doc) {
        JsonNode first = project.rows(doc).get(0);
        return first.path("issues")
                .valueStream()
                .map(issue -> issue.path("check").asString())
                .filter(check -> check.startsWith("lang."))
                .toList();
    }
}
