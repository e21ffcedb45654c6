package dev.tessera.browser;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import dev.tessera.support.ApiClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An administrator creates a translator, who signs in and changes the password; wrong passwords lock a sign-in. */
class UsersIT extends BrowserTest {

    @Test
    void anAdministratorCreatesATranslatorWhoChangesThePassword() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 6);
        LoginPage.open().signInAs("admin", "admin");
        Selenide.open("/users");
        $("#user-new").click();
        $("#user-username input").setValue(name);
        $("#user-display-name input").setValue("Tariq N.");
        $("#user-password input").setValue("first-password-1");
        $("#user-save").click();
        $$("#users-grid vaadin-grid-cell-content")
                .filterBy(visible)
                .findBy(text(name))
                .shouldBe(visible);
        $("#sign-out").click();

        LoginPage.open().signInAs(name, "first-password-1");
        Selenide.open("/account");
        $("#password-current input").setValue("first-password-1");
        $("#password-new input").setValue("Second-Lantern-22");
        $("#password-repeat input").setValue("Second-Lantern-22");
        $("#password-change").click();
        $("vaadin-notification-card").shouldHave(text("password is changed"));
        ApiClient api = new ApiClient(port);
        assertThat(api.get(name + ":first-password-1", "/api/v1/projects").status())
                .isEqualTo(401);
        assertThat(api.get(name + ":Second-Lantern-22", "/api/v1/projects").status())
                .isEqualTo(200);
    }

    @Test
    void disablingAUserEndsTheirBrowserSessionAtOnce() {
        String name = "d" + UUID.randomUUID().toString().substring(0, 6);
        ApiClient api = new ApiClient(port);
        assertThat(api.postJson(
                                "admin",
                                "/api/v1/users",
                                Map.of("username", name, "role", "TRANSLATOR", "password", "Quiet-Harbour-12"))
                        .status())
                .isEqualTo(201);
        LoginPage.open().signInAs(name, "Quiet-Harbour-12");
        Selenide.open("/");
        $("vaadin-login-form").shouldNot(com.codeborne.selenide.Condition.exist);
        assertThat(api.patchJson("admin", "/api/v1/users/" + name, Map.of("enabled", false))
                        .status())
                .isEqualTo(200);
        Selenide.open("/");
        $("vaadin-login-form").shouldBe(visible);
    }

    @Test
    void fiveWrongPasswordsLockTheSignIn() {
        String name = "l" + UUID.randomUUID().toString().substring(0, 6);
        ApiClient api = new ApiClient(port);
        assertThat(api.postJson(
                                "admin",
                                "/api/v1/users",
                                Map.of("username", name, "role", "TRANSLATOR", "password", "Right-Password-9"))
                        .status())
                .isEqualTo(201);
        LoginPage login = LoginPage.open();
        for (int i = 0; i < 5; i++) {
            login.signInWrongly(name, "wrong-" + i);
            login.error().shouldBe(visible).shouldHave(text("Wrong username or password"));
            login = LoginPage.open();
        }
        login.signInWrongly(name, "Right-Password-9");
        login.error().shouldBe(visible).shouldHave(text("Sign-in refused for now"));
    }
}
