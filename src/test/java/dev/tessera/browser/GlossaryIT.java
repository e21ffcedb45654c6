package dev.tessera.browser;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.CollectionCondition;
import dev.tessera.support.ApiClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The glossary pages: a manager edits a rendering of the demo glossary; a translator reads it. */
class GlossaryIT extends BrowserTest {

    @Test
    void managerEditsTheZhHansRenderingOfCpec() {
        ApiClient api = new ApiClient(port);
        long glossary = demoGlossary(api);
        JsonNode before = api.get("manager", "/api/v1/glossaries/" + glossary + "/concepts?q=CPEC")
                .json()
                .get(0);
        try {
            LoginPage.open().signInAs("manager", "manager");
            $$("vaadin-side-nav-item").findBy(text("Glossaries")).click();
            $(".glossaries-view").shouldBe(visible);
            $$(".glossary-grid .open-glossary")
                    .filterBy(visible)
                    .findBy(text("china-pakistan"))
                    .click();
            GlossaryPage page = GlossaryPage.shown();
            page.search("CPEC");
            page.terms("cpec", "zh-Hans").shouldHave(text("中巴经济走廊"));
            page.terms("cpec", "zh-Hans").$(".term-forbidden s").shouldHave(text("中巴走廊"));
            page.editButton("cpec").click();
            page.dialog().shouldBe(visible);
            page.termText("中巴经济走廊").setValue("中巴经济走廊计划");
            page.saveConcept().click();
            page.dialog().shouldNot(exist);
            page.terms("cpec", "zh-Hans").shouldHave(text("中巴经济走廊计划"));
            JsonNode after = api.get(
                            "translator",
                            "/api/v1/glossaries/" + glossary + "/concepts/"
                                    + before.path("id").asLong())
                    .json();
            assertThat(after.path("terms").toString()).contains("中巴经济走廊计划", "中巴走廊", "FORBIDDEN");
            assertThat(after.path("terms")).hasSize(before.path("terms").size());
        } finally {
            restore(api, glossary, before);
        }
    }

    @Test
    void translatorSeesTheGlossaryReadOnly() {
        ApiClient api = new ApiClient(port);
        long glossary = demoGlossary(api);
        LoginPage.open().signInAs("translator", "translator");
        GlossaryPage page = GlossaryPage.open(glossary);
        page.search("AUKUS");
        page.terms("aukus", "en").shouldHave(text("AUKUS"));
        $$(".concept-grid .dnt-mark").filterBy(visible).shouldHave(CollectionCondition.sizeGreaterThan(0));
        page.editButtons().shouldHave(CollectionCondition.size(0));
        $(".add-concept").shouldNot(exist);
        $(".save-to-folder").shouldNot(exist);
        $(".export-csv").shouldBe(visible);
    }

    @Test
    void managerAddsAndDeletesAConcept() {
        ApiClient api = new ApiClient(port);
        String name = "browser-" + System.nanoTime();
        long glossary = api.postJson("manager", "/api/v1/glossaries", Map.of("name", name))
                .json()
                .path("id")
                .asLong();
        LoginPage.open().signInAs("manager", "manager");
        GlossaryPage page = GlossaryPage.open(glossary);
        $(".add-concept").click();
        page.dialog().shouldBe(visible);
        $(".concept-dialog .concept-definition textarea").setValue("A test concept");
        $(".concept-dialog .term-row .term-locale input").setValue("en");
        $(".concept-dialog .term-row .term-text input").setValue("NATO");
        $(".concept-dialog .add-term").click();
        $$(".concept-dialog .term-row").shouldHave(CollectionCondition.size(2));
        $$(".concept-dialog .term-row .term-locale input").get(1).setValue("fr");
        $$(".concept-dialog .term-row .term-text input").get(1).setValue("NATO");
        page.saveConcept().click();
        page.dialog().shouldNot(exist);
        JsonNode concept = api.get("translator", "/api/v1/glossaries/" + glossary + "/concepts")
                .json()
                .get(0);
        String id = concept.path("externalId").asString();
        page.terms(id, "en").shouldHave(text("NATO"));
        page.terms(id, "fr").shouldHave(text("NATO"));
        assertThat(concept.path("definition").asString()).isEqualTo("A test concept");
        assertThat(concept.path("terms").get(0).path("caseSensitive").asBoolean())
                .as("an acronym")
                .isTrue();

        page.editButton(id).click();
        $$(".concept-dialog .term-row .term-text input").get(1).setValue("NATO");
        $$(".concept-dialog .term-row .term-locale input").get(1).setValue("en");
        page.saveConcept().click();
        $(".concept-dialog .concept-error").shouldHave(text("twice"));
        $(".concept-dialog .cancel-concept").click();
        page.dialog().shouldNot(exist);

        $$(".concept-grid .delete-concept[data-concept='" + id + "']")
                .filterBy(visible)
                .first()
                .click();
        $(".delete-concept-dialog vaadin-button[slot='confirm-button']").click();
        $$(".concept-grid .concept-terms").filterBy(visible).shouldHave(CollectionCondition.size(0));
        assertThat(api.get("translator", "/api/v1/glossaries/" + glossary + "/concepts")
                        .json())
                .isEmpty();
    }

    private static long demoGlossary(ApiClient api) {
        for (JsonNode node : api.get("translator", "/api/v1/glossaries").json()) {
            if (node.path("name").asString().equals("china-pakistan")) {
                return node.path("id").asLong();
            }
        }
        throw new AssertionError("no demo glossary");
    }

    /** Puts the concept back as it was, so that other browser tests see the demo glossary unchanged. */
    private static void restore(ApiClient api, long glossary, JsonNode concept) {
        List<Map<String, Object>> terms = new ArrayList<>();
        for (JsonNode term : concept.path("terms")) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("locale", term.path("locale").asString());
            t.put("text", term.path("text").asString());
            t.put("status", term.path("status").asString());
            t.put("caseSensitive", term.path("caseSensitive").asBoolean());
            if (!term.path("partOfSpeech").isNull()) {
                t.put("partOfSpeech", term.path("partOfSpeech").asString());
            }
            terms.add(t);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("definition", concept.path("definition").asString());
        body.put("doNotTranslate", concept.path("doNotTranslate").asBoolean());
        body.put("terms", terms);
        assertThat(api.putJson(
                                "manager",
                                "/api/v1/glossaries/" + glossary + "/concepts/"
                                        + concept.path("id").asLong(),
                                body)
                        .status())
                .isEqualTo(200);
    }
}
