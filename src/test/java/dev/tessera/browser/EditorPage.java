package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import org.openqa.selenium.Keys;

/** The editor of one document in one locale, as a translator uses it. */
class EditorPage {

    static EditorPage open(long documentId, String locale) {
        Selenide.open("/documents/" + documentId + "/" + locale);
        return shown();
    }

    static EditorPage shown() {
        $("#segment-grid").shouldBe(visible);
        $("#target-editor").shouldBe(visible);
        return new EditorPage();
    }

    /** The target editor, which is always in the active segment's row. */
    SelenideElement editor() {
        return $("#target-editor");
    }

    SelenideElement editorInput() {
        return $("#target-editor textarea");
    }

    EditorPage shouldBeActiveAt(int position) {
        editor().shouldHave(attribute("data-position", String.valueOf(position)));
        return this;
    }

    EditorPage type(String text) {
        editorInput().sendKeys(text);
        return this;
    }

    EditorPage press(CharSequence... keys) {
        editorInput().sendKeys(Keys.chord(keys));
        return this;
    }

    EditorPage confirm() {
        return press(Keys.CONTROL, Keys.ENTER);
    }

    SelenideElement status(int position) {
        return $("#segment-grid .status-badge[data-position='" + position + "']");
    }

    SelenideElement target(int position) {
        return $("#segment-grid .target-text[data-position='" + position + "']");
    }

    SelenideElement source(int position) {
        return $("#segment-grid .source-text[data-position='" + position + "']");
    }

    SelenideElement readingPane() {
        return $("#reading-pane");
    }

    SelenideElement progressLabel() {
        return $("#editor-progress-label");
    }

    SelenideElement sentence(long segmentId) {
        return $("#reading-pane [data-id='" + segmentId + "']");
    }

    SelenideElement paneToggle() {
        return $("#pane-toggle");
    }

    EditorPage filterByStatus(String label) {
        $("#status-filter input").click();
        $$("vaadin-multi-select-combo-box-item").findBy(exactText(label)).click();
        $("#status-filter input").sendKeys(Keys.ESCAPE);
        return this;
    }

    EditorPage clearStatusFilter() {
        $(com.codeborne.selenide.Selectors.shadowCss("[part~='clear-button']", "#status-filter"))
                .click();
        return this;
    }

    EditorPage search(String text) {
        $("#text-filter input").setValue(text);
        return this;
    }
}
