package dev.tessera.browser;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.exactValue;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import dev.tessera.support.ApiClient;
import dev.tessera.support.TranslatedProject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;

/**
 * Joining segments in the browser (issue 19, part 4): a manager who undoes a break after an abbreviation the project
 * does not know remembers it for the next imports, a reviewer is not offered to, and a translator who has the
 * second part open sees the join at once, with the editor moved off the segment that no longer exists.
 */
class JoinSegmentsIT extends BrowserTest {

    private static final String ARTICLE = "Amb. Smith met the minister. He stayed two days.";

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aManagerRemembersTheAbbreviationAJoinUndidAndTheNextImportKeepsTheSentenceWhole() {
        TranslatedProject project = TranslatedProject.create(api, "join", "fr");
        long doc = project.document("amb-" + UUID.randomUUID() + ".txt", ARTICLE);
        JsonNode rows = project.rows(doc);
        assertThat(sources(rows))
                .as("the segmenter breaks after an abbreviation it does not know")
                .containsExactly("Amb.", "Smith met the minister.", "He stayed two days.");

        LoginPage.open().signInAs("manager", "manager");
        Selenide.open(
                "/documents/" + doc + "/fr?segment=" + rows.get(0).path("id").asLong());
        EditorPage editor = EditorPage.shown().shouldBeActiveAt(1);
        editor.source(1).shouldHave(exactText("Amb."));
        editor.press(Keys.ALT, "j");
        editor.source(1).shouldHave(exactText("Amb. Smith met the minister."));
        editor.source(2).shouldHave(exactText("He stayed two days."));
        editor.source(3).shouldNotBe(visible);
        editor.shouldBeActiveAt(1);

        $("#remember-abbreviation").should(exist);
        $$("vaadin-notification-card")
                .findBy(text("The sentence was broken after “Amb.”"))
                .shouldBe(visible);
        $("#remember-abbreviation-button")
                .shouldBe(visible)
                .shouldHave(text("Remember Amb."))
                .click();
        $$("vaadin-notification-card")
                .findBy(text("Amb. is remembered for this project."))
                .shouldBe(visible);
        assertThat(abbreviations(project.slug())).containsExactly("amb");

        Selenide.open("/projects/" + project.slug() + "/settings");
        $("#settings-abbreviations").scrollIntoView("{block: 'center'}");
        $("#settings-abbreviations textarea").shouldHave(exactValue("amb"));

        long next = project.document("jones-" + UUID.randomUUID() + ".txt", "Amb. Jones arrived. He met the minister.");
        assertThat(sources(project.rows(next)))
                .as("the remembered abbreviation ends no sentence in the next import")
                .containsExactly("Amb. Jones arrived.", "He met the minister.");
    }

    @Test
    void aReviewerJoinsTheSameBreakButIsNotOfferedToRememberTheAbbreviation() {
        TranslatedProject project = TranslatedProject.create(api, "join", "fr");
        long doc = project.document("amb-" + UUID.randomUUID() + ".txt", ARTICLE);
        JsonNode rows = project.rows(doc);
        assertThat(sources(rows)).containsExactly("Amb.", "Smith met the minister.", "He stayed two days.");

        LoginPage.open().signInAs("reviewer", "reviewer");
        Selenide.open(
                "/documents/" + doc + "/fr?segment=" + rows.get(0).path("id").asLong());
        EditorPage editor = EditorPage.shown().shouldBeActiveAt(1);
        $("#join-segment").scrollIntoView("{block: 'center'}").click();
        editor.source(1).shouldHave(exactText("Amb. Smith met the minister."));
        editor.source(3).shouldNotBe(visible);
        // A round trip after the join's: an offer made with the join would be in the page now, for its 10 s (looked
        // at once: a condition that waits would wait until it had gone).
        editor.press(Keys.ALT, Keys.ARROW_DOWN).shouldBeActiveAt(2);
        assertThat($("#remember-abbreviation").exists())
                .as("an offer to remember")
                .isFalse();
        assertThat($("#remember-abbreviation-button").exists())
                .as("a Remember button")
                .isFalse();
        assertThat(abbreviations(project.slug())).isEmpty();
    }

    @Test
    void textATranslatorTypedInASegmentJoinedAwayIsShownToCopyNotLost() throws Exception {
        TranslatedProject project = TranslatedProject.create(api, "join-typed", "fr");
        long doc = project.document("amb-" + UUID.randomUUID() + ".txt", ARTICLE);
        JsonNode rows = project.rows(doc);
        long first = rows.get(0).path("id").asLong();
        long second = rows.get(1).path("id").asLong();

        SelenideDriver reviewer = secondBrowser();
        try {
            EditorPage translator = translatorOn(doc, second);
            translator.type("Smith a vu le ministre.");

            joinFirstTwo(reviewer, doc, first);

            $("#joined-away-unsaved").should(exist);
            $$("vaadin-notification-card")
                    .findBy(text("joined with the one before it"))
                    .shouldHave(text("Smith a vu le ministre."));
            translator.source(1).shouldHave(exactText("Amb. Smith met the minister."));
            translator.shouldBeActiveAt(1);
            assertThat(openNotifications()).noneMatch(shown -> shown.contains("not in this document"));
        } finally {
            reviewer.close();
        }
    }

    @Test
    void aTranslatorOnTheSecondPartSeesAReviewersJoinLiveAndIsMovedToTheJoinedSegment() throws Exception {
        TranslatedProject project = TranslatedProject.create(api, "join-live", "fr");
        long doc = project.document("amb-" + UUID.randomUUID() + ".txt", ARTICLE);
        JsonNode rows = project.rows(doc);
        assertThat(sources(rows)).containsExactly("Amb.", "Smith met the minister.", "He stayed two days.");
        long first = rows.get(0).path("id").asLong();
        long second = rows.get(1).path("id").asLong();

        SelenideDriver reviewer = secondBrowser();
        try {
            EditorPage translator = translatorOn(doc, second);
            translator.source(2).shouldHave(exactText("Smith met the minister."));
            $$("#segment-grid .source-text").filter(visible).shouldHave(size(3));

            joinFirstTwo(reviewer, doc, first);

            translator.source(1).shouldHave(exactText("Amb. Smith met the minister."));
            translator.source(2).shouldHave(exactText("He stayed two days."));
            translator.source(3).shouldNotBe(visible);
            $$("#segment-grid .source-text").filter(visible).shouldHave(size(2));
            translator.sentence(first).shouldHave(exactText("Amb. Smith met the minister."));
            translator.sentence(second).shouldNot(exist);
            translator.shouldBeActiveAt(1);
            // The editor starts again on the document: it does not ask for the vanished segment and say it is missing.
            assertThat(openNotifications()).noneMatch(shown -> shown.contains("not in this document"));
            Selenide.webdriver().shouldHave(urlContaining("?segment=" + first));

            // The editor works on the joined segment: a confirmed translation lands on it, and the reviewer sees it.
            translator.type("M. l'ambassadeur Smith a vu le ministre.").confirm();
            translator.status(1).shouldHave(attribute("data-status", "TRANSLATED"));
            reviewer.$("#segment-grid .status-badge[data-position='1']")
                    .shouldHave(attribute("data-status", "TRANSLATED"));
            JsonNode joined = project.rows(doc).get(0);
            assertThat(joined.path("id").asLong()).isEqualTo(first);
            assertThat(joined.path("target").asString()).isEqualTo("M. l'ambassadeur Smith a vu le ministre.");
        } finally {
            reviewer.close();
        }
    }

    /**
     * The texts of the notifications open in the page: their elements are there as soon as the response that opened
     * them is, before their cards are drawn.
     */
    private static List<String> openNotifications() {
        return Selenide.executeJavaScript("return [...document.querySelectorAll('vaadin-notification')]"
                + ".filter(n => n.opened).map(n => n.text || '')");
    }

    private static List<String> sources(JsonNode rows) {
        return rows.valueStream().map(row -> row.path("source").asString()).toList();
    }

    private List<String> abbreviations(String slug) {
        return api.get("manager", "/api/v1/projects/" + slug)
                .json()
                .path("abbreviations")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
    }

    /** The translator signed in, the document open on its second segment. */
    private static EditorPage translatorOn(long doc, long second) {
        LoginPage.open().signInAs("translator", "translator");
        Selenide.open("/documents/" + doc + "/fr?segment=" + second);
        return EditorPage.shown().shouldBeActiveAt(2);
    }

    /** A reviewer, in a browser of their own, joins segment 1 with the one the translator has open. */
    private static void joinFirstTwo(SelenideDriver reviewer, long doc, long first) {
        signIn(reviewer, "reviewer");
        reviewer.open("/documents/" + doc + "/fr?segment=" + first);
        reviewer.$("#target-editor").shouldHave(attribute("data-position", "1"));
        reviewer.$("#segment-grid .presence[data-position='2']").shouldHave(exactText("translator"));
        reviewer.$("#join-segment").scrollIntoView("{block: 'center'}").click();
        reviewer.$("#segment-grid .source-text[data-position='1']")
                .shouldHave(exactText("Amb. Smith met the minister."));
    }
}
