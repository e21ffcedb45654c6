package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selectors;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import dev.tessera.support.ApiClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LoginAndProjectsIT extends BrowserTest {

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        LoginPage login = LoginPage.open();
        login.demoHint().shouldHave(text("password is the username"));
        login.signInWrongly("translator", "not-the-password");
        login.error().shouldBe(visible).shouldHave(text("Wrong username or password"));
        assertThat(WebDriverRunner.url()).contains("/login");
        Selenide.open("/");
        $("vaadin-login-form").shouldBe(visible);
    }

    @Test
    void translatorSeesTheDemoProjectWithStatusCounts() {
        ApiClient api = new ApiClient(port);
        JsonNode document = api.get("translator", "/api/v1/projects/china-pakistan/documents")
                .json()
                .get(0);
        int segments = document.path("segmentCount").asInt();
        JsonNode last = api.get(
                        "translator", "/api/v1/documents/" + document.path("id").asLong() + "/segments?locale=fr")
                .json()
                .get(segments - 1);
        assertThat(api.putJson(
                                "translator",
                                "/api/v1/documents/" + document.path("id").asLong() + "/segments/"
                                        + last.path("id").asLong() + "/translations/fr",
                                Map.of(
                                        "target",
                                        "opinion@globaltimes.com.cn",
                                        "status",
                                        "DRAFT",
                                        "version",
                                        last.path("version").asInt()))
                        .status())
                .isEqualTo(200);

        ProjectsPage projects = LoginPage.open().signInAs("translator", "translator");
        projects.currentUser().shouldHave(text("translator"));
        projects.project("china-pakistan")
                .shouldBe(visible)
                .shouldHave(text("China and Pakistan against terrorism"))
                .shouldHave(text("000_3f756b0bd05c4f32.txt"));
        for (String locale : new String[] {"zh-Hans", "ur", "fr"}) {
            JsonNode rows = api.get(
                            "translator",
                            "/api/v1/documents/" + document.path("id").asLong() + "/segments?locale=" + locale)
                    .json();
            for (String status : new String[] {"UNTRANSLATED", "DRAFT", "TRANSLATED"}) {
                long count = 0;
                for (JsonNode row : rows) {
                    count += status.equals(row.path("status").asString()) ? 1 : 0;
                }
                projects.statusCount("china-pakistan", locale, status)
                        .shouldHave(attribute("data-count", String.valueOf(count)));
            }
        }
        projects.statusCount("china-pakistan", "fr", "DRAFT").shouldNotHave(attribute("data-count", "0"));
        projects.project("china-pakistan")
                .$("[data-locale='fr'] .stacked-segments [data-status='DRAFT']")
                .shouldBe(visible);
        projects.project("china-pakistan").$("[data-locale='fr'] .qa-summary").shouldHave(text("QA errors"));
        projects.statusCount("china-pakistan", "zh-Hans", "UNTRANSLATED").shouldHave(text("Untranslated "));
        projects.newProjectButton().shouldNot(exist);
    }

    @Test
    void managerCanCreateAProject() {
        ProjectsPage projects = LoginPage.open().signInAs("manager", "manager");
        projects.newProjectButton().click();
        $("#project-slug input").setValue("browser-made");
        $("#project-name input").setValue("Made in the browser");
        $("#project-targets input").setValue("fr, zh_hans");
        $("#create-project").click();
        projects.project("browser-made").shouldBe(visible).shouldHave(text("en → fr, zh-Hans"));
    }

    @Test
    void managerMakesAQaCheckAnErrorInTheProject() {
        ApiClient api = new ApiClient(port);
        api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of(
                        "slug",
                        "qa-settings",
                        "name",
                        "QA settings",
                        "sourceLocale",
                        "en",
                        "targetLocales",
                        java.util.List.of("fr")));
        api.postText("manager", "/api/v1/projects/qa-settings/documents?name=a.txt", "Hello world.");
        ProjectsPage projects = LoginPage.open().signInAs("manager", "manager");
        projects.project("qa-settings")
                .$(".qa-settings")
                .scrollIntoView("{block: 'center'}")
                .click();
        $("#qa-settings-dialog vaadin-select[data-check='qa.length']").click();
        $$("vaadin-select-list-box vaadin-select-item")
                .filterBy(visible)
                .findBy(exactText("ERROR"))
                .click();
        $("#save-qa-settings").click();
        $("#qa-settings-dialog").shouldNot(exist);
        assertThat(api.get("translator", "/api/v1/projects/qa-settings/qa-settings")
                        .json()
                        .path("qa.length")
                        .asString())
                .isEqualTo("ERROR");
    }

    @Test
    void managerImportsADocumentFromAFile() {
        ProjectsPage projects = LoginPage.open().signInAs("manager", "manager");
        projects.project("china-pakistan").$(".import-document").click();
        $("#document-upload").shouldBe(visible);
        $(Selectors.shadowCss("input[type='file']", "#document-upload")).uploadFromClasspath("browser/news.txt");
        projects.project("china-pakistan").shouldHave(text("news.txt"));
        $("vaadin-notification-card").shouldHave(text("3 segments"));
    }
}
