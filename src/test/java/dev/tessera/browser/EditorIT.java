package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.Selenide;
import dev.tessera.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

class EditorIT extends BrowserTest {

    long demoDocument;

    @BeforeEach
    void findDemo() {
        demoDocument = new ApiClient(port).get("translator", "/api/v1/projects/china-pakistan/documents").json()
                .get(0).path("id").asLong();
    }

    @Test
    void translatorConfirmsASegmentAndMovesOn() {
        LoginPage.open().signInAs("translator", "translator");
        EditorPage editor = EditorPage.open(demoDocument, "zh-Hans");
        Selenide.screenshot("editor-zh");
        editor.shouldBeActiveAt(1).press(Keys.ALT, Keys.ARROW_DOWN).shouldBeActiveAt(2);
        editor.type("发布时间：2021年10月2日 19:05").confirm();
        editor.shouldBeActiveAt(3);
        editor.status(2).shouldHave(attribute("data-status", "TRANSLATED"));
        Selenide.refresh();
        EditorPage.shown();
        editor.status(2).shouldHave(attribute("data-status", "TRANSLATED"));
        editor.target(2).shouldHave(exactText("发布时间：2021年10月2日 19:05"));
    }
}
