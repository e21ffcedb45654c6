package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.WebDriverRunner;
import dev.tessera.support.ApiClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;

/** A translator at work in the editor, as a person clicks and types. */
class EditorIT extends BrowserTest {

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void translatorOpensTheDemoFromTheProjectListConfirmsASegmentAndMovesOn() {
        ProjectsPage projects = LoginPage.open().signInAs("translator", "translator");
        projects.project("china-pakistan").$("a[href$='/zh-Hans']").click();
        EditorPage editor = EditorPage.shown();
        editor.shouldBeActiveAt(1);
        editor.source(1).shouldHave(attribute("lang", "en"));
        editor.editor().shouldHave(attribute("lang", "zh-Hans"));
        editor.progressLabel().shouldHave(text("of 39 finished"));
        editor.press(Keys.ALT, Keys.ARROW_DOWN).shouldBeActiveAt(2);
        editor.type("发布时间：2021年10月2日 19:05").confirm();
        editor.shouldBeActiveAt(3);
        editor.editor().shouldHave(attribute("focused"));
        Selenide.actions().sendKeys("士兵").perform();
        editor.editorInput().shouldHave(com.codeborne.selenide.Condition.value("士兵"));
        editor.press(Keys.ESCAPE);
        editor.status(2).shouldHave(attribute("data-status", "TRANSLATED"));
        Selenide.refresh();
        EditorPage.shown();
        editor.status(2).shouldHave(attribute("data-status", "TRANSLATED"));
        editor.target(2).shouldHave(exactText("发布时间：2021年10月2日 19:05"));
    }

    @Test
    void draftsRepetitionsAndEscape() {
        long doc = freshArticle();
        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor = EditorPage.open(doc, "fr").shouldBeActiveAt(1);
        editor.type("Pourquoi").press(Keys.CONTROL, "s");
        $("vaadin-notification-card").shouldHave(text("Draft saved"));
        editor.status(1).shouldHave(attribute("data-status", "DRAFT"));
        editor.shouldBeActiveAt(1);
        // The editor keeps the focus: typing goes on without a click.
        Selenide.actions().sendKeys(" donc").perform();
        editor.editorInput().shouldHave(com.codeborne.selenide.Condition.value("Pourquoi donc"));
        editor.press(Keys.ENTER);
        editor.editorInput()
                .as("a plain Enter adds no line break")
                .shouldHave(com.codeborne.selenide.Condition.value("Pourquoi donc"));
        editor.press(Keys.ESCAPE);
        editor.type(" encore").press(Keys.ESCAPE);
        editor.editorInput().shouldHave(com.codeborne.selenide.Condition.value("Pourquoi"));
        editor.press(Keys.CONTROL, Keys.SHIFT, "c");
        editor.editorInput()
                .shouldHave(
                        com.codeborne.selenide.Condition.value(
                                "Why is it essential for China, Pakistan to enhance coordination against terrorists, safeguard regional stability"));

        // The caption repeats: confirming segment 3 fills segment 5 as a propagated draft.
        editor.press(Keys.ESCAPE).press(Keys.ALT, Keys.ARROW_DOWN).shouldBeActiveAt(2);
        editor.press(Keys.ALT, Keys.ARROW_DOWN).shouldBeActiveAt(3);
        editor.type("Des soldats chinois et pakistanais se préparent à un assaut.")
                .confirm();
        $("vaadin-notification-card").shouldHave(text("1 repetition"));
        editor.status(5)
                .shouldHave(
                        attribute("data-status", "DRAFT"), attribute("title", "Draft, propagated from a repetition"));
        editor.target(5).shouldHave(exactText("Des soldats chinois et pakistanais se préparent à un assaut."));
        editor.shouldBeActiveAt(4);
    }

    @Test
    void readingPaneFollowsAndJumpsAndShowsTheTranslation() {
        long doc = freshArticle();
        JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=zh-Hans")
                .json();
        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor = EditorPage.open(doc, "zh-Hans").shouldBeActiveAt(1);
        long second = rows.get(1).path("id").asLong();
        long tenth = rows.get(9).path("id").asLong();
        editor.sentence(rows.get(0).path("id").asLong()).shouldHave(cssClass("active"));
        editor.type("为什么中巴必须加强反恐协调").confirm();
        editor.sentence(rows.get(0).path("id").asLong()).shouldHave(cssClass("st-translated"));
        editor.sentence(second).shouldHave(cssClass("active"));
        editor.sentence(tenth).click();
        editor.shouldBeActiveAt(10);
        editor.sentence(tenth).shouldHave(cssClass("active"));
        editor.paneToggle().click();
        editor.readingPane().shouldHave(attribute("data-mode", "translated"));
        editor.sentence(rows.get(0).path("id").asLong()).shouldHave(exactText("为什么中巴必须加强反恐协调"));
        editor.sentence(second).shouldHave(exactText("Published: Oct 02, 2021 07:05 PM"), attribute("lang", "en"));
    }

    @Test
    void filtersKeepThePositionWhenCleared() {
        long doc = freshArticle();
        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor = EditorPage.open(doc, "fr").shouldBeActiveAt(1);
        editor.type("Titre").confirm().shouldBeActiveAt(2);
        editor.type("Publié").confirm().shouldBeActiveAt(3);
        editor.filterByStatus("Translated");
        $$("#segment-grid .status-badge").filter(visible).shouldHave(CollectionCondition.size(2));
        editor.status(1).shouldBe(visible);
        editor.status(3).shouldNotBe(visible);
        editor.clearStatusFilter();
        editor.status(3).shouldBe(visible);
        editor.shouldBeActiveAt(3);
        editor.search("Kabul");
        $$("#segment-grid .status-badge").filter(visible).shouldHave(CollectionCondition.size(1));
        $$("#segment-grid .source-text").filter(visible).first().shouldHave(text("took over Kabul"));
    }

    @Test
    void findAndReplaceWithPreview() {
        long doc = freshArticle();
        JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json();
        put(doc, rows.get(6), "fr", "Ces dernières années, la structure mondiale a changé.", "TRANSLATED");
        put(doc, rows.get(7), "fr", "À présent, la structure de l'Asie du Sud change.", "DRAFT");
        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor = EditorPage.open(doc, "fr");
        $("#find-replace").click();
        $("#find-text input").setValue("structure");
        $("#replace-text input").setValue("architecture");
        $("#find-preview").click();
        $("#replace-summary").shouldHave(text("2 segments will change"));
        $("#replace-preview").shouldHave(text("la architecture mondiale"));
        $("#replace-all").click();
        $("vaadin-notification-card").shouldHave(text("Replaced in 2 segments"));
        editor.target(7).shouldHave(exactText("Ces dernières années, la architecture mondiale a changé."));
        editor.status(7).shouldHave(attribute("data-status", "TRANSLATED"));
        editor.status(8).shouldHave(attribute("data-status", "DRAFT"));
        JsonNode history = api.get(
                        "translator",
                        "/api/v1/documents/" + doc + "/segments/"
                                + rows.get(6).path("id").asLong() + "/translations/fr/history")
                .json();
        assertThat(history).hasSize(2);
    }

    @Test
    void qaIssuesShowWhileTyping() {
        long doc = freshArticle();
        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor =
                EditorPage.open(doc, "fr").press(Keys.ALT, Keys.ARROW_DOWN).shouldBeActiveAt(2);
        editor.type("Publié le 2 octobre à 19 h 05");
        $("#qa-findings [data-check='qa.numbers']").shouldBe(visible).shouldHave(text("2021"));
        editor.editorInput().sendKeys(" 2021 07");
        $("#qa-findings [data-check='qa.numbers']").shouldNotHave(text("2021"));
        editor.confirm().shouldBeActiveAt(3);
    }

    @Test
    void urduIsEditedRightToLeft() {
        long doc = freshArticle();
        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor = EditorPage.open(doc, "fr");
        editor.editor().shouldHave(attribute("dir", "ltr"));
        $("#locale-select").click();
        $$("vaadin-select-item").findBy(exactText("ur")).click();
        EditorPage.shown();
        editor.editor().shouldHave(attribute("dir", "rtl"), attribute("lang", "ur"));
        editor.type("چین اور پاکستان کے لیے یہ کیوں ضروری ہے؟").confirm();
        editor.target(1).shouldHave(attribute("dir", "rtl"), attribute("lang", "ur"));
        editor.source(1).shouldHave(attribute("lang", "en"));
    }

    @Test
    void aConflictShowsBothTextsAndNothingIsOverwritten() {
        long doc = freshArticle();
        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor = EditorPage.open(doc, "fr").shouldBeActiveAt(1);
        editor.type("Mon texte").editorInput().shouldHave(com.codeborne.selenide.Condition.value("Mon texte"));
        JsonNode first = api.get("reviewer", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()
                .get(0);
        put(doc, first, "fr", "Le texte du relecteur", "DRAFT");
        $("vaadin-notification-card").shouldHave(text("changed this segment while you were typing"));
        editor.confirm();
        $("#conflict-dialog").shouldBe(visible);
        $("#conflict-mine").shouldHave(exactText("Mon texte"));
        $("#conflict-theirs").shouldHave(exactText("Le texte du relecteur"));
        $("#conflict-keep-mine").click();
        editor.status(1).shouldHave(attribute("data-status", "TRANSLATED"));
        JsonNode saved = api.get("reviewer", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()
                .get(0);
        assertThat(saved.path("target").asString()).isEqualTo("Mon texte");
        assertThat(saved.path("version").asInt()).isEqualTo(2);
    }

    @Test
    void takingTheirTextInAConflictReplacesMineAndABlankConfirmIsRefused() {
        long doc = freshArticle();
        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor = EditorPage.open(doc, "fr").shouldBeActiveAt(1);
        editor.confirm();
        $("vaadin-notification-card").shouldHave(text("cannot be confirmed"));
        editor.shouldBeActiveAt(1).status(1).shouldHave(attribute("data-status", "UNTRANSLATED"));
        editor.type("Mon texte").editorInput().shouldHave(com.codeborne.selenide.Condition.value("Mon texte"));
        JsonNode first = api.get("reviewer", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()
                .get(0);
        put(doc, first, "fr", "Le texte du relecteur", "TRANSLATED");
        editor.press(Keys.CONTROL, "s");
        $("#conflict-dialog").shouldBe(visible);
        $("#conflict-take-theirs").click();
        $("#conflict-dialog").shouldNot(exist);
        editor.editorInput().shouldHave(com.codeborne.selenide.Condition.value("Le texte du relecteur"));
        editor.status(1).shouldHave(attribute("data-status", "TRANSLATED"));
        Selenide.actions().sendKeys(" !").perform();
        editor.editorInput().shouldHave(com.codeborne.selenide.Condition.value("Le texte du relecteur !"));
    }

    @Test
    void clearingAFilterKeepsTheActiveSegmentInView() {
        long doc = freshArticle();
        JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json();
        put(doc, rows.get(0), "fr", "Titre", "TRANSLATED");
        LoginPage.open().signInAs("translator", "translator");
        Selenide.open(
                "/documents/" + doc + "/fr?segment=" + rows.get(33).path("id").asLong());
        EditorPage editor = EditorPage.shown().shouldBeActiveAt(34);
        editor.filterByStatus("Translated");
        $$("#segment-grid .status-badge").filter(visible).shouldHave(CollectionCondition.size(1));
        editor.clearStatusFilter();
        editor.shouldBeActiveAt(34);
        Selenide.Wait().until(driver -> Boolean.TRUE.equals(Selenide.executeJavaScript("""
                const grid = document.querySelector('#segment-grid').getBoundingClientRect();
                const row = document.querySelector('#target-editor').getBoundingClientRect();
                return row.height > 0 && row.top >= grid.top && row.bottom <= grid.bottom + 1;""")));
    }

    @Test
    void twoBrowserSessionsOnTheSameSegmentMeetInTheConflictDialog() throws Exception {
        long doc = freshArticle();
        SelenideDriver reviewer = secondBrowser();
        try {
            LoginPage.open().signInAs("translator", "translator");
            EditorPage editor = EditorPage.open(doc, "fr").shouldBeActiveAt(1);
            // Typing first: a change that arrives live then leaves the unsaved text alone.
            editor.type("La version du traducteur");

            signIn(reviewer, "reviewer");
            reviewer.open("/documents/" + doc + "/fr");
            reviewer.$("#target-editor").shouldHave(attribute("data-position", "1"));
            reviewer.$("#target-editor textarea").sendKeys("La version du relecteur");
            reviewer.$("#target-editor textarea").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            reviewer.$("#target-editor").shouldHave(attribute("data-position", "2"));

            editor.editorInput().shouldHave(com.codeborne.selenide.Condition.value("La version du traducteur"));
            editor.confirm();
            $("#conflict-dialog").shouldBe(visible);
            $("#conflict-theirs").shouldHave(exactText("La version du relecteur"));
            $("#conflict-mine").shouldHave(exactText("La version du traducteur"));
            $("#conflict-merged textarea").setValue("La version commune");
            $("#conflict-save-merged").click();
            editor.target(1).shouldHave(exactText("La version commune"));
            editor.status(1).shouldHave(attribute("data-status", "TRANSLATED"));
            JsonNode history = api.get(
                            "translator",
                            "/api/v1/documents/" + doc + "/segments/"
                                    + api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                                            .json()
                                            .get(0)
                                            .path("id")
                                            .asLong()
                                    + "/translations/fr/history")
                    .json();
            assertThat(history).hasSize(2);
            assertThat(history.get(0).path("oldTarget").asString()).isEqualTo("La version du relecteur");
        } finally {
            reviewer.close();
        }
    }

    @Test
    void aReviewerRejectsWithACommentTheTranslatorFixesItAndTheReviewerApproves() {
        long doc = freshArticle();
        JsonNode third = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()
                .get(2);
        put(doc, third, "fr", "Des soldats chinois et pakistanais s'entraînent.", "TRANSLATED");
        String link = "/documents/" + doc + "/fr?segment=" + third.path("id").asLong();

        LoginPage.open().signInAs("reviewer", "reviewer");
        Selenide.open(link);
        EditorPage editor = EditorPage.shown().shouldBeActiveAt(3);
        $("#reject-segment").click();
        $("#confirm-reject").click();
        $("#reject-dialog").shouldBe(visible).shouldHave(text("Write the reason"));
        $("#reject-comment textarea").setValue("Keep the assault from the source.");
        $("#confirm-reject").click();
        editor.status(3).shouldHave(attribute("data-status", "REJECTED"));
        $("#comment-thread").shouldHave(text("Keep the assault from the source."));

        leaveAndForgetSession();
        LoginPage.open().signInAs("translator", "translator");
        Selenide.open(link);
        EditorPage.shown().shouldBeActiveAt(3);
        $("#comment-thread").shouldHave(text("reviewer"), text("Keep the assault from the source."));
        $("#approve-segment").shouldNotBe(visible);
        editor.editorInput().sendKeys(Keys.END);
        editor.type(" Ils préparent un assaut.").confirm();
        editor.status(3).shouldHave(attribute("data-status", "TRANSLATED"));

        leaveAndForgetSession();
        LoginPage.open().signInAs("reviewer", "reviewer");
        Selenide.open(link);
        EditorPage.shown().shouldBeActiveAt(3);
        $("#approve-segment").click();
        editor.status(3).shouldHave(attribute("data-status", "APPROVED"));
        editor.shouldBeActiveAt(4);
        assertThat(api.putJson(
                                "translator",
                                "/api/v1/documents/" + doc + "/segments/"
                                        + third.path("id").asLong() + "/translations/fr",
                                Map.of("target", "x", "status", "TRANSLATED", "version", 4))
                        .status())
                .as("a translator cannot change an approved segment")
                .isEqualTo(403);
    }

    @Test
    void leavingWithUnsavedTextAsks() {
        long doc = freshArticle();
        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor = EditorPage.open(doc, "fr");
        editor.type("Pas encore enregistré");
        $("#editor-projects-link").click();
        $("#unsaved-dialog").shouldBe(visible).shouldHave(text("Segment 1"));
        $("#unsaved-dialog vaadin-button[slot='cancel-button']").click();
        $("#unsaved-dialog").shouldNot(exist);
        editor.editorInput().shouldHave(com.codeborne.selenide.Condition.value("Pas encore enregistré"));
        $("#editor-projects-link").click();
        $("#unsaved-dialog vaadin-button[slot='confirm-button']").click();
        ProjectsPage.shown();
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                        .json()
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void aSharedSegmentLinkWorksThroughTheLogin() {
        long doc = freshArticle();
        long segment = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=zh-Hans")
                .json()
                .get(11)
                .path("id")
                .asLong();
        Selenide.open("/documents/" + doc + "/zh-Hans?segment=" + segment);
        $("vaadin-login-form").shouldBe(visible);
        new LoginPage().signInWrongly("translator", "translator");
        EditorPage editor = EditorPage.shown().shouldBeActiveAt(12);
        editor.editor().shouldHave(attribute("focused"));
        editor.type("分享的链接");
        editor.editorInput().shouldHave(com.codeborne.selenide.Condition.value("分享的链接"));
        assertThat(WebDriverRunner.url()).contains("segment=" + segment);
    }

    @Test
    void shortcutsAreShownWithF1AndQuestionMark() {
        long doc = freshArticle();
        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor = EditorPage.open(doc, "fr");
        editor.press(Keys.F1);
        $("#shortcuts-dialog").shouldBe(visible).shouldHave(text("Ctrl+Enter"));
        Selenide.actions().sendKeys(Keys.ESCAPE).perform();
        $("#shortcuts-dialog").shouldNot(exist);
        editor.type("Pourquoi ?").press(Keys.CONTROL, "s");
        $("vaadin-notification-card").shouldHave(text("Draft saved"));
        $("#shortcuts-dialog").as("? typed into the target is text").shouldNot(exist);
        editor.source(1).click();
        Selenide.actions().sendKeys("?").perform();
        $("#shortcuts-dialog").shouldBe(visible);
    }

    @Test
    void theEditorFitsAt1280x800And1920x1080() {
        long doc = freshArticle();
        LoginPage.open().signInAs("translator", "translator");
        for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
            WebDriverRunner.getWebDriver()
                    .manage()
                    .window()
                    .setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
            EditorPage editor = EditorPage.open(doc, "zh-Hans");
            editor.readingPane().$("article p").shouldBe(visible);
            editor.source(1).shouldBe(visible);
            editor.status(1).shouldBe(visible);
            $("#editor-progress-label").shouldBe(visible);
            Selenide.screenshot("editor-" + size[0] + "x" + size[1]);
            Object overflow = Selenide.executeJavaScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue())
                    .as("no sideways scrolling at %dx%d", size[0], size[1])
                    .isLessThanOrEqualTo(0);
        }
        WebDriverRunner.getWebDriver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
    }

    /** A copy of the demo article of its own, so that each test starts with everything untranslated. */
    private long freshArticle() {
        try {
            byte[] text = Files.readAllBytes(Path.of("translations/china-pakistan/source/000_3f756b0bd05c4f32.txt"));
            return api.post(
                            "manager",
                            "/api/v1/projects/china-pakistan/documents?name=copy-" + UUID.randomUUID() + ".txt",
                            "text/plain; charset=UTF-8",
                            text)
                    .json()
                    .path("id")
                    .asLong();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReviewerJoinsASentenceBrokenAfterAnAbbreviationAndSplitsAnother() throws Exception {
        long doc = api.post(
                        "manager",
                        "/api/v1/projects/china-pakistan/documents?name=amb-" + UUID.randomUUID() + ".txt",
                        "text/plain; charset=UTF-8",
                        "Amb. Smith arrived in Islamabad. He met the minister and the talks began."
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .json()
                .path("id")
                .asLong();
        JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json();
        put(doc, rows.get(0), "fr", "L'amb.", "TRANSLATED");
        put(doc, rows.get(1), "fr", "Smith est arrivé à Islamabad.", "TRANSLATED");

        SelenideDriver translator = secondBrowser();
        try {
            signIn(translator, "translator");
            translator.open("/documents/" + doc + "/fr");
            translator.$("#target-editor").shouldBe(visible);
            translator.$("#join-segment").shouldNotBe(visible);
        } finally {
            translator.close();
        }

        LoginPage.open().signInAs("reviewer", "reviewer");
        Selenide.open(
                "/documents/" + doc + "/fr?segment=" + rows.get(0).path("id").asLong());
        EditorPage editor = EditorPage.shown().shouldBeActiveAt(1);
        editor.source(1).shouldHave(exactText("Amb."));
        $("#join-segment").click();
        editor.source(1).shouldHave(exactText("Amb. Smith arrived in Islamabad."));
        editor.editorInput().shouldHave(com.codeborne.selenide.Condition.value("L'amb. Smith est arrivé à Islamabad."));
        editor.status(1).shouldHave(attribute("data-status", "TRANSLATED"));
        editor.source(2).shouldHave(exactText("He met the minister and the talks began."));
        editor.source(3).shouldNotBe(visible);

        editor.target(2).click();
        editor.shouldBeActiveAt(2);
        editor.press(Keys.ALT, "s");
        $("#split-dialog").shouldBe(visible);
        Selenide.executeJavaScript("const t = document.querySelector('#split-source textarea');"
                + " const at = t.value.indexOf('and the talks'); t.focus(); t.setSelectionRange(at, at);");
        $("#confirm-split").click();
        $("#split-dialog").shouldNot(exist);
        editor.source(2).shouldHave(exactText("He met the minister"));
        editor.source(3).shouldHave(exactText("and the talks began."));
        for (JsonNode listed : api.get("translator", "/api/v1/projects/china-pakistan/documents")
                .json()) {
            if (listed.path("id").asLong() == doc) {
                assertThat(listed.path("segmentCount").asInt()).isEqualTo(3);
            }
        }
    }

    private void put(long doc, JsonNode row, String locale, String target, String status) {
        assertThat(api.putJson(
                                "reviewer",
                                "/api/v1/documents/" + doc + "/segments/"
                                        + row.path("id").asLong() + "/translations/" + locale,
                                Map.of(
                                        "target",
                                        target,
                                        "status",
                                        status,
                                        "version",
                                        row.path("version").asInt()))
                        .status())
                .isEqualTo(200);
    }
}
