package dev.tessera.browser;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

/** A glossary's page: the concept grid with a column per locale, the search box, and the concept dialog. */
class GlossaryPage {

    static GlossaryPage open(long glossaryId) {
        Selenide.open("/glossaries/" + glossaryId);
        return shown();
    }

    static GlossaryPage shown() {
        $(".glossary-view .concept-grid").shouldBe(visible);
        return new GlossaryPage();
    }

    GlossaryPage search(String text) {
        $(".concept-search input").setValue(text);
        $(".concept-grid").shouldHave(com.codeborne.selenide.Condition.attribute("data-query", text));
        return this;
    }

    /** The cell of the concept (by its file id) in the locale's column. The grid keeps hidden stale cells. */
    SelenideElement terms(String conceptId, String locale) {
        return $$(".concept-grid .concept-terms[data-concept='" + conceptId + "'][data-locale='" + locale + "']")
                .filterBy(visible)
                .first();
    }

    ElementsCollection editButtons() {
        return $$(".concept-grid .edit-concept").filterBy(visible);
    }

    SelenideElement editButton(String conceptId) {
        return $$(".concept-grid .edit-concept[data-concept='" + conceptId + "']")
                .filterBy(visible)
                .first();
    }

    SelenideElement dialog() {
        return $(".concept-dialog");
    }

    /** The text field of the dialog's term row that holds the text. */
    SelenideElement termText(String text) {
        return $$(".concept-dialog .term-row .term-text input").findBy(com.codeborne.selenide.Condition.value(text));
    }

    SelenideElement saveConcept() {
        return $(".concept-dialog .save-concept");
    }
}
