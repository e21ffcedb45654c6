package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.SelenideDriver;
import dev.tessera.support.ApiClient;
import dev.tessera.support.TranslatedProject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The screens in the translator's language: a browser asking for Chinese gets the Chinese login page and shell; the
 * translator switches to Urdu on My account and gets the whole shell right to left (the menu on the right) with the
 * English source still left to right, confirms a segment with the keyboard there, and finds Urdu again in a new
 * session from an English browser (the choice is kept with the user).
 */
class UiLanguageIT extends BrowserTest {

    @Test
    void aChineseBrowserGetsChineseAndAChoiceOfUrduTurnsTheShellRightToLeft() throws Exception {
        ApiClient api = new ApiClient(port);
        String user = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a long passphrase for " + user;
        ApiClient.Response created = api.postJson(
                "admin",
                "/api/v1/users",
                Map.of("username", user, "displayName", user, "role", "TRANSLATOR", "password", password));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        TranslatedProject project = TranslatedProject.create(api, "ui-language", "fr");
        long document = project.document("lang.txt", "Room 12 is in English.\nThe second one too.\n");

        SelenideDriver browser = browserAt(port, "zh-CN,zh");
        try {
            browser.open("/login");
            browser.$(".login-view p").shouldHave(exactText("翻译与术语工作台"));
            browser.$("html").shouldHave(attribute("lang", "zh-Hans"));
            browser.$("vaadin-login-form input[name='username']").setValue(user);
            browser.$("vaadin-login-form input[name='password']").setValue(password);
            browser.$("vaadin-login-form vaadin-button[slot='submit']").click();
            browser.$("#sign-out").shouldHave(exactText("退出登录"));
            browser.$("vaadin-side-nav").shouldHave(text("项目"), text("我的账户"));

            browser.open("/account");
            browser.$("#ui-language").click();
            browser.$$("vaadin-select-item").findBy(exactText("اردو")).click();
            browser.$("html").shouldHave(attribute("dir", "rtl"));
            browser.$("#sign-out").shouldHave(exactText("سائن آؤٹ"));
            browser.$("vaadin-side-nav").shouldHave(text("منصوبے"));
            long navLeft = browser.executeJavaScript(
                    "return Math.round(document.querySelector('vaadin-side-nav').getBoundingClientRect().left);");
            long width = browser.executeJavaScript("return window.innerWidth;");
            assertThat(navLeft).as("the menu is on the right").isGreaterThan(width / 2);

            browser.open("/documents/" + document + "/fr");
            browser.$("#target-editor").shouldHave(attribute("data-position", "1"));
            browser.$("#segment-grid .source-text[data-position='1']").shouldHave(attribute("dir", "ltr"));
            String sourceDirection = browser.executeJavaScript(
                    "return getComputedStyle(document.querySelector(\"#segment-grid .source-text[data-position='1']\"))"
                            + ".direction;");
            assertThat(sourceDirection).isEqualTo("ltr");
            String targetDirection = browser.executeJavaScript(
                    "return getComputedStyle(document.querySelector('#target-editor textarea')).direction;");
            assertThat(targetDirection)
                    .as("the French target inside Urdu screens")
                    .isEqualTo("ltr");
            browser.$("#target-editor textarea").setValue("La salle est en anglais.");
            browser.$("#qa-findings .qa-finding[data-check='qa.numbers']")
                    .shouldHave(text("عدد 12 ترجمے میں موجود نہیں"));
            browser.$("#target-editor textarea").setValue("La salle 12 est en anglais.");
            browser.$("#target-editor textarea").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            browser.$("#target-editor").shouldHave(attribute("data-position", "2"));
            browser.$("#segment-grid .status-badge[data-position='1']")
                    .shouldHave(attribute("data-status", "TRANSLATED"));
        } finally {
            browser.close();
        }

        SelenideDriver english = browserAt(port, "en-US");
        try {
            english.open("/login");
            english.$(".login-view p").shouldHave(exactText("Translation and glossary workbench"));
            english.$("vaadin-login-form input[name='username']").setValue(user);
            english.$("vaadin-login-form input[name='password']").setValue(password);
            english.$("vaadin-login-form vaadin-button[slot='submit']").click();
            english.$("#sign-out").shouldBe(visible).shouldHave(exactText("سائن آؤٹ"));
            english.$("html").shouldHave(attribute("dir", "rtl"));
        } finally {
            english.close();
        }
    }
}
