package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.attributeMatching;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Selenide;
import dev.tessera.support.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;

/** The glossary in the editor: terms underlined, renderings inserted, violations shown, approval blocked. */
class GlossaryEditorIT extends BrowserTest {

    ApiClient api;
    String slug;
    long glossary;
    long doc;
    JsonNode rows;

    /** A project of its own with the article and a copy of the demo glossary, so other tests' edits do not reach it. */
    @BeforeEach
    void projectWithGlossary() throws Exception {
        api = new ApiClient(port);
        slug = "terms-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.postJson(
                                "manager",
                                "/api/v1/projects",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        "Terms " + slug,
                                        "sourceLocale",
                                        "en",
                                        "targetLocales",
                                        List.of("zh-Hans")))
                        .status())
                .isEqualTo(201);
        doc = api.post(
                        "manager",
                        "/api/v1/projects/" + slug + "/documents?name=article.txt",
                        "text/plain; charset=UTF-8",
                        Files.readAllBytes(Path.of("translations/china-pakistan/source/000_3f756b0bd05c4f32.txt")))
                .json()
                .path("id")
                .asLong();
        glossary = api.postJson("manager", "/api/v1/glossaries", Map.of("name", "Glossary " + slug))
                .json()
                .path("id")
                .asLong();
        assertThat(api.post(
                                "manager",
                                "/api/v1/glossaries/" + glossary + "/import",
                                "application/xml",
                                Files.readAllBytes(Path.of("glossary/china-pakistan.tbx")))
                        .status())
                .isEqualTo(200);
        api.putJson("manager", "/api/v1/projects/" + slug + "/glossaries/" + glossary, Map.of());
        rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=zh-Hans")
                .json();
    }

    @Test
    void aTranslatorSeesCpecUnderlinedInsertsItsRenderingAndTheErrorGoes() {
        JsonNode segment = segmentWith("accelerate the building of CPEC");
        int position = segment.path("position").asInt();
        LoginPage.open().signInAs("translator", "translator");
        Selenide.open(
                "/documents/" + doc + "/zh-Hans?segment=" + segment.path("id").asLong());
        EditorPage editor = EditorPage.shown().shouldBeActiveAt(position);

        editor.source(position)
                .$(".term")
                .shouldHave(exactText("CPEC"))
                .shouldHave(attributeMatching("title", ".*中巴经济走廊.*中巴走廊.*"));
        $("#reading-pane .term").shouldBe(visible);

        editor.type("在合作抗疫的同时，中巴两国也应加快建设");
        $$("vaadin-tab").findBy(exactText("QA")).click();
        $("#qa-findings .qa-finding[data-check='glossary.missing']")
                .shouldBe(visible)
                .shouldHave(text("中巴经济走廊"));
        $$("vaadin-tab").findBy(exactText("Terms")).click();
        $("#segment-terms .term-entry .term-source").shouldHave(exactText("CPEC"));
        $("#segment-terms .term-forbidden").shouldHave(exactText("中巴走廊"));
        $("#segment-terms .term-rendering[data-rendering='中巴经济走廊']").click();
        editor.editorInput().shouldHave(value("在合作抗疫的同时，中巴两国也应加快建设中巴经济走廊"));
        $$("vaadin-tab").findBy(exactText("QA")).click();
        $("#qa-findings .qa-finding[data-check='glossary.missing']").shouldNot(com.codeborne.selenide.Condition.exist);
        editor.type("。").confirm();
        editor.status(position).shouldHave(attribute("data-status", "TRANSLATED"));

        // Alt+1 inserts the first rendering of the next segment with CPEC
        JsonNode next = segmentWith("The success of CPEC will effectively");
        Selenide.open(
                "/documents/" + doc + "/zh-Hans?segment=" + next.path("id").asLong());
        EditorPage.shown()
                .shouldBeActiveAt(next.path("position").asInt())
                .type("成功的")
                .press(Keys.ALT, "1");
        editor.editorInput().shouldHave(value("成功的中巴经济走廊"));

        JsonNode saved = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=zh-Hans")
                .json()
                .get(position - 1);
        assertThat(saved.path("target").asString()).isEqualTo("在合作抗疫的同时，中巴两国也应加快建设中巴经济走廊。");
        assertThat(saved.path("issues").toString()).doesNotContain("glossary.");
    }

    @Test
    void aReviewerCannotApproveAForbiddenVariant() {
        JsonNode segment = segmentWith("accelerate the building of CPEC");
        String base =
                "/api/v1/documents/" + doc + "/segments/" + segment.path("id").asLong() + "/translations/zh-Hans";
        assertThat(api.putJson(
                                "translator",
                                base,
                                Map.of("target", "在合作抗疫的同时，中巴两国也应加快建设中巴走廊。", "status", "TRANSLATED", "version", 0))
                        .status())
                .isEqualTo(200);
        int position = segment.path("position").asInt();
        LoginPage.open().signInAs("reviewer", "reviewer");
        Selenide.open(
                "/documents/" + doc + "/zh-Hans?segment=" + segment.path("id").asLong());
        EditorPage editor = EditorPage.shown().shouldBeActiveAt(position);
        $("#segment-grid .qa-mark[data-position='" + position + "']").shouldHave(attribute("data-qa", "error"));
        $("#approve-segment").click();
        $("vaadin-notification-card").shouldHave(text("glossary"));
        $("#qa-findings .qa-finding[data-check='glossary.forbidden']")
                .shouldBe(visible)
                .shouldHave(text("中巴走廊"));
        editor.status(position).shouldHave(attribute("data-status", "TRANSLATED"));
        assertThat(api.get("reviewer", "/api/v1/documents/" + doc + "/segments?locale=zh-Hans")
                        .json()
                        .get(position - 1)
                        .path("status")
                        .asString())
                .isEqualTo("TRANSLATED");
    }

    @Test
    void aManagerChangesARenderingAndSeesTheSegmentsItAffects() {
        for (String source : List.of("accelerate the building of CPEC", "The success of CPEC will effectively")) {
            JsonNode segment = segmentWith(source);
            String base = "/api/v1/documents/" + doc + "/segments/"
                    + segment.path("id").asLong() + "/translations/zh-Hans";
            assertThat(api.putJson(
                                    "translator",
                                    base,
                                    Map.of("target", "中巴经济走廊。", "status", "TRANSLATED", "version", 0))
                            .status())
                    .isEqualTo(200);
        }
        LoginPage.open().signInAs("manager", "manager");
        GlossaryPage page = GlossaryPage.open(glossary).search("CPEC");
        page.editButton("cpec").click();
        page.termText("中巴经济走廊").setValue("中巴经济通道");
        page.saveConcept().click();
        $(".affected-dialog .affected-headline").shouldHave(text("2 segments in 1 document now fail"));
        $$(".affected-dialog .affected-row").shouldHave(CollectionCondition.size(2));
        $$(".affected-dialog .affected-row")
                .first()
                .shouldHave(attributeMatching("href", ".*documents/" + doc + "/zh-Hans\\?segment=\\d+"));
        $$(".affected-dialog .affected-row").first().click();
        $(".affected-dialog").shouldNot(com.codeborne.selenide.Condition.exist);
        $("#target-editor").shouldHave(attributeMatching("data-position", "\\d+"));
        $("#qa-findings .qa-finding[data-check='glossary.missing']").shouldHave(text("中巴经济通道"));
    }

    private JsonNode segmentWith(String text) {
        for (JsonNode row : rows) {
            if (row.path("source").asString().contains(text)) {
                return row;
            }
        }
        throw new AssertionError("No segment contains " + text);
    }
}
