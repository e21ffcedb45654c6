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
import dev.tessera.support.TranslatedProject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A reviewer rejects with a typed issue on the words selected in the target; the document's score drops by the
 * issue's points, and the translator sees the words highlighted. Where the project has a second review step, a second
 * reviewer signs off what the first approved.
 */
class ReviewQualityIT extends BrowserTest {

    @Test
    void aMajorMistranslationOnASpanCostsFivePointsAndTheTranslatorSeesTheSpan() throws Exception {
        ApiClient api = new ApiClient(port);
        TranslatedProject project = TranslatedProject.create(api, "mqm", "fr");
        long doc = project.document("drill.txt", "Chinese soldiers prepare for an assault. The exercise ended.");
        JsonNode first = project.rows(doc).get(0);
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
            translator.$("#file-issue").shouldNotBe(visible);
        } finally {
            translator.close();
        }

        // Without rejecting: a minor issue filed from the panel, then retracted.
        Selenide.open("/documents/" + doc + "/fr?segment=" + first.path("id").asLong());
        EditorPage.shown().shouldBeActiveAt(1);
        $("#file-issue").scrollIntoView("{block: 'center'}").click();
        $("#issue-dialog").shouldBe(visible);
        $("#confirm-issue").click();
        $("#issue-category").shouldHave(attribute("invalid"));
        $("#issue-category").click();
        $$("vaadin-select-item").findBy(exactText("Style")).click();
        $$("#issue-severity vaadin-radio-button").findBy(text("Minor")).click();
        $("#issue-span input").setValue("soldats");
        $("#issue-comment textarea").setValue("Les militaires?");
        $("#confirm-issue").click();
        $$("#segment-issues .issue").shouldHave(com.codeborne.selenide.CollectionCondition.size(2));
        $("#segment-issues .issue[data-category='STYLE'] .issue-span").shouldHave(exactText("soldats"));
        assertThat(api.get("manager", "/api/v1/documents/" + doc + "/quality?locale=fr")
                        .json()
                        .path("points")
                        .asInt())
                .isEqualTo(6);
        $("#segment-issues .issue[data-category='STYLE'] .retract-issue")
                .scrollIntoView("{block: 'center'}")
                .click();
        $$("#segment-issues .issue").shouldHave(com.codeborne.selenide.CollectionCondition.size(1));
    }

    @Test
    void aSecondReviewerSignsOffWhatTheFirstApproved() throws Exception {
        ApiClient api = new ApiClient(port);
        TranslatedProject project = TranslatedProject.create(api, "r2", "fr");
        String slug = project.slug();
        api.patchJson("manager", "/api/v1/projects/" + slug, Map.of("secondReview", true));
        api.putJson(
                "manager",
                "/api/v1/projects/" + slug + "/members/reviewer",
                Map.of("role", "REVIEWER", "locales", List.of(), "signsOff", true));
        long doc = project.document("a.txt", "The exercise ended.");
        long segment = project.segments(doc).getFirst();
        project.translate(doc, segment, "L'exercice est terminé.", "TRANSLATED");

        LoginPage.open().signInAs("reviewer", "reviewer");
        Selenide.open("/documents/" + doc + "/fr?segment=" + segment);
        EditorPage editor = EditorPage.shown().shouldBeActiveAt(1);
        $("#sign-off-segment").shouldBe(visible).shouldHave(attribute("disabled"));
        $("#approve-segment").click();
        editor.status(1).shouldHave(attribute("data-status", "APPROVED"));
        editor.source(1).click();
        $("#sign-off-segment").click();
        $("vaadin-notification-card").shouldHave(text("You approved this segment"));
        editor.status(1).shouldHave(attribute("data-status", "APPROVED"));

        SelenideDriver manager = secondBrowser();
        try {
            signIn(manager, "manager");
            manager.open("/documents/" + doc + "/fr?segment=" + segment);
            manager.$("#target-editor").shouldHave(attribute("data-position", "1"));
            manager.$("#sign-off-segment")
                    .shouldBe(com.codeborne.selenide.Condition.enabled)
                    .click();
            manager.$("#segment-grid .status-badge[data-position='1']")
                    .shouldHave(attribute("data-status", "SIGNED_OFF"), text("Signed off"));
        } finally {
            manager.close();
        }
        editor.status(1).shouldHave(attribute("data-status", "SIGNED_OFF"));
    }

    @Test
    void aManagerSeesEachTranslatorsScore() {
        ApiClient api = new ApiClient(port);
        TranslatedProject project = TranslatedProject.create(api, "tq", "fr");
        long doc = project.document("a.txt", "The exercise ended. The soldiers left.");
        List<Long> segments = project.segments(doc);
        project.translate(doc, segments.get(0), "L'exercice est fini.", "TRANSLATED");
        api.postJson(
                "reviewer",
                project.translation(doc, segments.get(0)) + "/review",
                Map.of(
                        "action",
                        "REJECT",
                        "comment",
                        "Terminé.",
                        "version",
                        1,
                        "issues",
                        List.of(Map.of("category", "STYLE", "severity", "MINOR"))));

        ProjectsPage projects = LoginPage.open().signInAs("manager", "manager");
        projects.project(project.slug())
                .$(".quality-link")
                .scrollIntoView("{block: 'center'}")
                .click();
        $(".translator-quality-view").shouldBe(visible);
        $("#translator-quality-summary").shouldHave(text("1 translator"), text("10.00"));
        $$("#translator-quality vaadin-grid-cell-content")
                .filterBy(visible)
                .shouldHave(com.codeborne.selenide.CollectionCondition.itemWithText("translator"))
                .shouldHave(com.codeborne.selenide.CollectionCondition.itemWithText("333.33"))
                .shouldHave(com.codeborne.selenide.CollectionCondition.itemWithText("Failed"));
    }

    @Test
    void theChecksOverTheWholeDocumentShowOnTheirSegmentsAndOnTheQualityPage() {
        ApiClient api = new ApiClient(port);
        TranslatedProject project = TranslatedProject.create(api, "rules", "fr");
        long glossary = -1;
        for (JsonNode node : api.get("manager", "/api/v1/glossaries").json()) {
            if (node.path("name").asString().equals("china-pakistan")) {
                glossary = node.path("id").asLong();
            }
        }
        api.putJson("manager", "/api/v1/projects/" + project.slug() + "/glossaries/" + glossary, Map.of());
        long doc = project.document(
                "cpec.txt", "The CPEC is a flagship. CPEC projects grew. The Quad met. The Quad met again.");
        List<Long> segments = project.segments(doc);
        project.translate(doc, segments.get(2), "Le Quad s'est réuni.", "TRANSLATED");
        project.translate(
                doc,
                segments.get(3),
                "Le Dialogue quadrilatéral pour la sécurité s'est de nouveau réuni.",
                "TRANSLATED");

        LoginPage.open().signInAs("reviewer", "reviewer");
        Selenide.open("/glossaries/" + glossary);
        $$(".first-use-mark").shouldHave(com.codeborne.selenide.CollectionCondition.size(3));

        Selenide.open("/documents/" + doc + "/fr?segment=" + segments.get(0));
        EditorPage editor = EditorPage.shown().shouldBeActiveAt(1);
        editor.type("Le CECP est un projet phare.").confirm();
        editor.status(1).shouldHave(attribute("data-status", "TRANSLATED"));
        Selenide.open("/documents/" + doc + "/fr?segment=" + segments.get(0));
        EditorPage.shown().shouldBeActiveAt(1);
        $("#qa-findings .qa-finding[data-check='glossary.first-mention']")
                .shouldHave(text("write it out as \u201Ccorridor économique Chine-Pakistan\u201D followed by CECP"));

        Selenide.open("/documents/" + doc + "/fr?segment=" + segments.get(3));
        EditorPage.shown().shouldBeActiveAt(4);
        $("#qa-findings .qa-finding[data-check='terms.drift']")
                .shouldHave(text("Quad is rendered 2 ways in this document"), text("(#3)"));

        $("#quality-link").click();
        $("#quality-findings .quality-check[data-check='glossary.first-mention'] .quality-finding[data-position='1']")
                .shouldHave(text("CPEC is mentioned here for the first time"));
        $$("#quality-findings .quality-check[data-check='terms.drift'] .quality-finding")
                .shouldHave(com.codeborne.selenide.CollectionCondition.size(2));
        $("#quality-findings .quality-check[data-check='terms.drift'] .quality-finding[data-position='3'] a")
                .click();
        EditorPage.shown().shouldBeActiveAt(3);
    }
}
