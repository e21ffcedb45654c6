package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.SelenideDriver;
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

/** A translator and a reviewer in two browsers: QA, rejection, fix and approval, each seen live by the other. */
class ReviewLiveIT extends BrowserTest {

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aRejectionAndItsFixTravelLiveBetweenTwoBrowsers() throws Exception {
        long doc = freshArticle();
        SelenideDriver reviewer = secondBrowser();
        try {
            LoginPage.open().signInAs("translator", "translator");
            EditorPage translator = EditorPage.open(doc, "fr").shouldBeActiveAt(1);
            signIn(reviewer, "reviewer");
            reviewer.open("/documents/" + doc + "/fr");
            reviewer.$("#target-editor").shouldHave(attribute("data-position", "1"));

            translator.press(Keys.ALT, Keys.ARROW_DOWN).shouldBeActiveAt(2);
            translator.type("Publié le 02 octobre 2021");
            $("#qa-findings .qa-finding[data-check='qa.numbers']")
                    .shouldBe(visible)
                    .shouldHave(text("07"));
            translator.confirm().shouldBeActiveAt(3);
            translator.press(Keys.ALT, Keys.ARROW_UP).shouldBeActiveAt(2);

            reviewer.$("#segment-grid .status-badge[data-position='2']")
                    .shouldHave(attribute("data-status", "TRANSLATED"));
            reviewer.$("#segment-grid .target-text[data-position='2']")
                    .shouldHave(exactText("Publié le 02 octobre 2021"));
            reviewer.$("#segment-grid .qa-mark[data-position='2']").shouldHave(attribute("data-qa", "error"));
            reviewer.$("#segment-grid .presence[data-position='2']").shouldHave(exactText("translator"));

            reviewer.$("#segment-grid .source-text[data-position='2']").click();
            reviewer.$("#target-editor").shouldHave(attribute("data-position", "2"));
            reviewer.$("#target-editor").shouldHave(attribute("data-editing", "translator"));
            reviewer.$("#reject-segment").click();
            reviewer.$("#reject-comment textarea").setValue("The time 07:05 is missing.");
            reviewer.$("#confirm-reject").click();
            reviewer.$("#segment-grid .status-badge[data-position='2']")
                    .shouldHave(attribute("data-status", "REJECTED"));

            translator.status(2).shouldHave(attribute("data-status", "REJECTED"));
            $("#comment-thread").shouldHave(text("reviewer"), text("The time 07:05 is missing."));
            translator.editorInput().sendKeys(Keys.END);
            translator.type(" à 07:05").confirm();
            translator.status(2).shouldHave(attribute("data-status", "TRANSLATED"));

            reviewer.$("#segment-grid .qa-mark[data-position='2']").shouldHave(attribute("data-qa", "none"));
            reviewer.$("#target-editor textarea")
                    .shouldHave(com.codeborne.selenide.Condition.value("Publié le 02 octobre 2021 à 07:05"));
            reviewer.$("#approve-segment").click();
            reviewer.$("#segment-grid .status-badge[data-position='2']")
                    .shouldHave(attribute("data-status", "APPROVED"));
            translator.status(2).shouldHave(attribute("data-status", "APPROVED"));
        } finally {
            reviewer.close();
        }
    }

    @Test
    void aTranslatorsBrowserOffersNoApprovalAndTheApiRefusesIt() {
        long doc = freshArticle();
        JsonNode third = segments(doc).get(2);
        put(doc, third, "Des soldats chinois et pakistanais se préparent à un assaut.");
        LoginPage.open().signInAs("translator", "translator");
        com.codeborne.selenide.Selenide.open(
                "/documents/" + doc + "/fr?segment=" + third.path("id").asLong());
        EditorPage editor = EditorPage.shown().shouldBeActiveAt(3);
        $("#approve-segment").shouldNotBe(visible);
        $("#reject-segment").shouldNotBe(visible);
        $("#approve-all").shouldNotBe(visible);
        editor.confirm();
        editor.status(3).shouldHave(attribute("data-status", "TRANSLATED"));
        assertThat(api.postJson(
                                "translator",
                                "/api/v1/documents/" + doc + "/segments/"
                                        + third.path("id").asLong() + "/translations/fr/review",
                                Map.of("action", "APPROVE", "version", 1))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aReviewerWorksThroughTheQueueWaivesAnErrorAndApprovesTheCleanRest() {
        long doc = freshArticle();
        JsonNode rows = segments(doc);
        put(doc, rows.get(2), "Des soldats chinois et pakistanais se préparent à un assaut.");
        put(doc, rows.get(5), "Photo d'archives : 81.cn");
        put(
                doc,
                rows.get(6),
                "Ces dernières années, les structures mondiale et régionale ont connu de profonds changements.");
        put(
                doc,
                rows.get(7),
                "À l'heure actuelle, l'évolution de la situation stratégique en Asie du Sud et dans les régions"
                        + " voisines se reflète surtout dans la question afghane.");
        put(doc, rows.get(1), "Publié en octobre");

        LoginPage.open().signInAs("reviewer", "reviewer");
        EditorPage editor = EditorPage.open(doc, "fr");
        editor.filterByStatus("Translated");
        // The untranslated first segment leaves the grid once the filter applies; rows clicked before may be recycled.
        com.codeborne.selenide.Selenide.$$("#segment-grid .source-text[data-position='1']")
                .filterBy(visible)
                .shouldHave(com.codeborne.selenide.CollectionCondition.size(0));
        $("#segment-grid .source-text[data-position='2']").click();
        editor.shouldBeActiveAt(2);
        $("#segment-grid .qa-mark[data-position='2']").shouldHave(attribute("data-qa", "error"));
        $("#qa-findings .qa-finding[data-check='qa.numbers'] .waive-button").click();
        $("#waiver-reason textarea").setValue("The date line is dropped in this edition.");
        $("#confirm-waiver").click();
        $("#qa-findings .qa-finding[data-check='qa.numbers']").shouldHave(attribute("data-waived", "true"));
        $("#qa-waivers").shouldHave(text("The date line is dropped in this edition."));

        editor.confirm();
        editor.status(2).shouldHave(attribute("data-status", "APPROVED"));
        editor.shouldBeActiveAt(3);
        editor.confirm();
        editor.status(3).shouldHave(attribute("data-status", "APPROVED"));

        $("#approve-all").click();
        $("#approve-all-dialog").shouldHave(text("Approve 3 segments?"));
        $("#approve-all-dialog vaadin-button[slot='confirm-button']").click();
        $("vaadin-notification-card").shouldHave(text("Approved 3 segments."));
        $$("#segment-grid .status-badge").filterBy(visible).shouldHave(CollectionCondition.size(0));
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/progress")
                        .json()
                        .path("locales")
                        .path("fr")
                        .path("APPROVED")
                        .asInt())
                .isEqualTo(5);
    }

    private JsonNode segments(long doc) {
        return api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json();
    }

    private void put(long doc, JsonNode row, String target) {
        assertThat(api.putJson(
                                "translator",
                                "/api/v1/documents/" + doc + "/segments/"
                                        + row.path("id").asLong() + "/translations/fr",
                                Map.of(
                                        "target",
                                        target,
                                        "status",
                                        "TRANSLATED",
                                        "version",
                                        row.path("version").asInt()))
                        .status())
                .isEqualTo(200);
    }

    /** The demo article in a project of its own, so that other tests' translations of it cause no inconsistency. */
    private long freshArticle() {
        try {
            String slug = "live-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(api.postJson(
                                    "manager",
                                    "/api/v1/projects",
                                    Map.of(
                                            "slug",
                                            slug,
                                            "name",
                                            "Live " + slug,
                                            "sourceLocale",
                                            "en",
                                            "targetLocales",
                                            java.util.List.of("fr")))
                            .status())
                    .isEqualTo(201);
            byte[] text = Files.readAllBytes(Path.of("translations/china-pakistan/source/000_3f756b0bd05c4f32.txt"));
            return api.post(
                            "manager",
                            "/api/v1/projects/" + slug + "/documents?name=article.txt",
                            "text/plain; charset=UTF-8",
                            text)
                    .json()
                    .path("id")
                    .asLong();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
