package dev.tessera.browser;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.SelenideElement;

/** The project list: a card per project with its documents and per-locale status counts. */
class ProjectsPage {

    static ProjectsPage shown() {
        $(".projects-view h1").shouldBe(visible);
        return new ProjectsPage();
    }

    SelenideElement project(String slug) {
        return $(".project-card[data-slug='" + slug + "']");
    }

    /** The chip that counts segments of {@code status} in {@code locale} for the project's first document. */
    SelenideElement statusCount(String slug, String locale, String status) {
        return project(slug).$("[data-locale='" + locale + "'] .status-chip[data-status='" + status + "']");
    }

    SelenideElement currentUser() {
        return $("#current-user");
    }

    SelenideElement newProjectButton() {
        return $("#new-project");
    }
}
