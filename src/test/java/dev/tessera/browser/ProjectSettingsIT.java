package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import dev.tessera.support.ApiClient;
import dev.tessera.support.TranslatedProject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A manager opens a project's settings from the project page, removes a locale after the dialog says how many
 * translations go with it, closes the project and makes the reviewer a member: a non-member no longer finds it.
 */
class ProjectSettingsIT extends BrowserTest {

    @Test
    void aManagerClosesAProjectAndOnlyItsMembersStillFindIt() {
        String slug = "settings-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient api = new ApiClient(port);
        assertThat(api.postJson(
                                "manager",
                                "/api/v1/projects",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        "Settings test",
                                        "sourceLocale",
                                        "en",
                                        "targetLocales",
                                        List.of("fr", "de")))
                        .status())
                .isEqualTo(201);
        long doc = api.postText(
                        "manager",
                        "/api/v1/projects/" + slug + "/documents?name=a.txt",
                        "The first sentence is here.\nThe second sentence is there.\n")
                .json()
                .path("id")
                .asLong();
        JsonNode first = api.get("manager", "/api/v1/documents/" + doc + "/segments?locale=de")
                .json()
                .get(0);
        assertThat(api.putJson(
                                "manager",
                                "/api/v1/documents/" + doc + "/segments/"
                                        + first.path("id").asLong() + "/translations/de",
                                Map.of("target", "Der erste Satz ist hier.", "status", "DRAFT", "version", 0))
                        .status())
                .isEqualTo(200);

        ProjectsPage projects = LoginPage.open().signInAs("manager", "manager");
        projects.project(slug).$(".closed-badge").shouldNot(exist);
        click(projects.project(slug).$(".settings-link"));
        $(".project-settings-view").shouldBe(visible);
        $("#settings-title").shouldHave(text("Settings test"));

        // Removing a locale asks first, and says how many translations go with it.
        click(removeLocale("de"));
        $(".remove-locale-dialog").shouldHave(text("1 translation in de"));
        $(".remove-locale-dialog vaadin-button[slot='confirm-button']").click();
        notification("Removed de.");
        removeLocale("de").shouldNot(exist);
        removeLocale("fr").shouldBe(visible);
        assertThat(api.get("manager", "/api/v1/projects/" + slug)
                        .json()
                        .path("targetLocales")
                        .toString())
                .isEqualTo("[\"fr\"]");

        // The manager created the project, so they are a member and keep it once it is closed.
        $("#settings-not-member-warning").shouldNot(exist);
        click($("#settings-open"));
        click($("#settings-save-open"));
        notification("closed");
        $("#settings-open").shouldNotHave(attribute("checked"));
        addMember("reviewer", "TRANSLATOR", "fr");
        memberCells().findBy(exactText("reviewer")).shouldBe(visible);
        memberCells().findBy(exactText("TRANSLATOR")).shouldBe(visible);
        memberCells().findBy(exactText("fr")).shouldBe(visible);
        assertThat(api.get("manager", "/api/v1/projects/" + slug + "/members").body())
                .contains("\"reviewer\"", "\"TRANSLATOR\"", "[\"fr\"]");

        Selenide.open("/");
        ProjectsPage.shown().project(slug).$(".closed-badge").shouldBe(visible);

        // The translator is no member: for them the project does not exist.
        leaveAndForgetSession();
        ProjectsPage translator = LoginPage.open().signInAs("translator", "translator");
        $$(".project-card").shouldHave(CollectionCondition.sizeGreaterThan(0));
        translator.project(slug).shouldNot(exist);
        Selenide.open("/projects/" + slug + "/settings");
        notFound();
        Selenide.open("/documents/" + doc + "/fr");
        notFound();
        assertThat(api.get("translator", "/api/v1/projects/" + slug).status()).isEqualTo(404);

        // The reviewer is a member: they still see it, without its settings.
        leaveAndForgetSession();
        ProjectsPage reviewer = LoginPage.open().signInAs("reviewer", "reviewer");
        reviewer.project(slug).shouldBe(visible).$(".closed-badge").shouldBe(visible);
        reviewer.project(slug).$(".settings-link").shouldNot(exist);
        Selenide.open("/projects/" + slug + "/settings");
        $("#settings-denied").shouldBe(visible).shouldHave(text("manager role"));
        $("#settings-name").shouldNot(exist);
    }

    @Test
    void aManagerRenamesADocumentAndDeletesTheProjectByTypingItsSlug() {
        ApiClient api = new ApiClient(port);
        String slug = "del" + java.util.UUID.randomUUID().toString().substring(0, 6);
        assertThat(api.postJson(
                                "manager",
                                "/api/v1/projects",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        "To delete " + slug,
                                        "sourceLocale",
                                        "en",
                                        "targetLocales",
                                        List.of("fr")))
                        .status())
                .isEqualTo(201);
        long doc = api.postText("manager", "/api/v1/projects/" + slug + "/documents?name=a.txt", "One.")
                .json()
                .path("id")
                .asLong();
        LoginPage.open().signInAs("manager", "manager");
        com.codeborne.selenide.Selenide.open("/projects/" + slug + "/settings");
        SelenideElement name = $(".document-name[data-document='" + doc + "'] input");
        click(name);
        name.setValue("renamed.txt");
        click($(".document-rename"));
        notification("Renamed to renamed.txt");
        assertThat(api.get("manager", "/api/v1/documents/" + doc)
                        .json()
                        .path("name")
                        .asString())
                .isEqualTo("renamed.txt");

        click($("#settings-delete-confirm input"));
        $("#settings-delete").shouldHave(com.codeborne.selenide.Condition.attribute("disabled"));
        $("#settings-delete-confirm input").setValue(slug);
        click($("#settings-delete"));
        notification("Deleted");
        ProjectsPage.shown();
        assertThat(api.get("manager", "/api/v1/projects/" + slug).status()).isEqualTo(404);
    }

    @Test
    void aManagerWhoIsATranslatorInTheProjectIsToldItsManagerPagesNeedTheManagerRole() {
        ApiClient api = new ApiClient(port);
        String slug = "tr" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(api.postJson(
                                "admin",
                                "/api/v1/projects",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        "Translated " + slug,
                                        "sourceLocale",
                                        "en",
                                        "targetLocales",
                                        List.of("fr")))
                        .status())
                .isEqualTo(201);
        assertThat(api.putJson(
                                "admin",
                                "/api/v1/projects/" + slug + "/members/manager",
                                Map.of("role", "TRANSLATOR", "locales", List.of()))
                        .status())
                .isEqualTo(200);

        LoginPage.open().signInAs("manager", "manager");
        Selenide.open("/projects/" + slug + "/publish");
        $("#publish-denied").shouldBe(visible).shouldHave(text("manager role"));
        $("#publish-button").shouldNot(exist);
        Selenide.open("/projects/" + slug + "/import-xliff");
        $("#import-xliff-denied").shouldBe(visible).shouldHave(text("manager role"));
        $("#xliff-document-upload").shouldNot(exist);
        Selenide.open("/projects/" + slug + "/settings");
        $("#settings-denied").shouldBe(visible).shouldHave(text("manager role"));
        $("#settings-name").shouldNot(exist);
    }

    @Test
    void aManagerTurnsOnTheSecondReviewSetsTheThresholdAndLetsAReviewerSignOff() {
        ApiClient api = new ApiClient(port);
        String slug = TranslatedProject.create(api, "rv", "fr").slug();
        LoginPage.open().signInAs("manager", "manager");
        Selenide.open("/projects/" + slug + "/settings");
        click($("#settings-second-review"));
        $("#settings-quality-threshold input").setValue("12.5");
        click($("#settings-save-review"));
        notification("Review settings saved.");
        JsonNode project = api.get("manager", "/api/v1/projects/" + slug).json();
        assertThat(project.path("secondReview").asBoolean()).isTrue();
        assertThat(project.path("qualityThreshold").asDouble()).isEqualTo(12.5);
        $("#settings-second-review").shouldHave(attribute("checked"));

        $("#settings-quality-threshold input").setValue("-3");
        click($("#settings-save-review"));
        notification("from 0 to 1000");
        assertThat(api.get("manager", "/api/v1/projects/" + slug)
                        .json()
                        .path("qualityThreshold")
                        .asDouble())
                .isEqualTo(12.5);

        $("#member-username input").setValue("reviewer");
        click($("#member-role"));
        $$("vaadin-select-list-box vaadin-select-item")
                .filterBy(visible)
                .findBy(exactText("REVIEWER"))
                .click();
        click($("#member-signs-off"));
        click($("#member-save"));
        notification("\"reviewer\" is a REVIEWER");
        memberCells().findBy(exactText("Yes")).shouldBe(visible);
        assertThat(api.get("manager", "/api/v1/projects/" + slug + "/members").body())
                .contains("\"signsOff\":true");
    }

    private static void addMember(String username, String role, String locale) {
        $("#member-username input").setValue(username);
        click($("#member-role"));
        $$("vaadin-select-list-box vaadin-select-item")
                .filterBy(visible)
                .findBy(exactText(role))
                .click();
        if (locale != null) {
            click($$("#member-locales vaadin-checkbox").findBy(text(locale)));
        }
        click($("#member-save"));
        notification("\"" + username + "\" is a " + role);
        $$(".member-remove")
                .filterBy(visible)
                .findBy(attribute("data-username", username))
                .shouldBe(visible);
    }

    private static SelenideElement removeLocale(String locale) {
        return $(".settings-remove-locale[data-locale='" + locale + "']");
    }

    private static ElementsCollection memberCells() {
        return $$("#members-grid vaadin-grid-cell-content").filterBy(visible);
    }

    private static void notification(String text) {
        $$("vaadin-notification-card").findBy(text(text)).shouldBe(visible);
    }

    private static void notFound() {
        $("body").shouldHave(text("Could not navigate"));
        $(".project-settings-view").shouldNot(exist);
    }

    private static void click(SelenideElement element) {
        element.shouldBe(visible).scrollIntoView("{block: 'center'}").click();
    }
}
