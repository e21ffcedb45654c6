package dev.tessera.browser;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.Selectors;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

/** The sign-in page, as a person sees it. */
class LoginPage {

    static LoginPage open() {
        Selenide.open("/login");
        $("vaadin-login-form").shouldBe(visible);
        return new LoginPage();
    }

    ProjectsPage signInAs(String username, String password) {
        submit(username, password);
        return ProjectsPage.shown();
    }

    LoginPage signInWrongly(String username, String password) {
        submit(username, password);
        return this;
    }

    SelenideElement error() {
        return $(Selectors.shadowCss("[part='error-message']", "vaadin-login-form", "vaadin-login-form-wrapper"));
    }

    SelenideElement demoHint() {
        return $("#demo-hint");
    }

    private static void submit(String username, String password) {
        $("vaadin-login-form input[name='username']").setValue(username);
        $("vaadin-login-form input[name='password']").setValue(password);
        $("vaadin-login-form vaadin-button[slot='submit']").click();
    }
}
