package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selectors;
import com.codeborne.selenide.Selenide;
import dev.tessera.support.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An HTML article through the browser: a manager imports it, a translator sees its bold acronym as a tag inside one
 * sentence and keeps it in the translation, a reviewer joins a sentence broken after "Amb.", and the article comes
 * back as HTML with the formatting and the joined sentence.
 */
class FormattedArticleIT extends BrowserTest {

    @Test
    void anHtmlArticleIsTranslatedWithItsFormattingAndASentenceJoined() throws Exception {
        String name = "briefing-" + UUID.randomUUID().toString().substring(0, 8) + ".html";
        Path file = Files.createDirectories(Path.of("target", "formatted-article-it"))
                .resolve(name);
        try (var html = getClass().getResourceAsStream("/formats/briefing.html")) {
            Files.write(file, html.readAllBytes());
        }
        ProjectsPage projects = LoginPage.open().signInAs("manager", "manager");
        projects.project("china-pakistan")
                .$(".import-document")
                .scrollIntoView("{block: 'center'}")
                .click();
        $(Selectors.shadowCss("input[type='file']", "#document-upload")).uploadFile(file.toFile());
        $("vaadin-notification-card").shouldHave(text(name));
        ApiClient api = new ApiClient(port);
        long doc = documentNamed(api, name);
        JsonNode cpec = segment(api, doc, "China's \uE400CPEC\uE800 projects are at the heart of it.");
        assertThat(cpec.path("codes").get(0).path("kind").asString()).isEqualTo("bold");
        JsonNode amb = segment(api, doc, "Amb.");
        leaveAndForgetSession();

        LoginPage.open().signInAs("translator", "translator");
        Selenide.open("/documents/" + doc + "/fr?segment=" + cpec.path("id").asLong());
        int position = cpec.path("position").asInt();
        EditorPage editor = EditorPage.shown().shouldBeActiveAt(position);
        editor.source(position).shouldHave(exactText("China's <1>CPEC</1> projects are at the heart of it."));
        editor.source(position).$(".code").shouldHave(attribute("title", "bold"));
        $("#code-legend").shouldHave(text("<1>…</1>"), text("bold"));
        editor.readingPane().$("h1").shouldHave(text("Envoys meet in Islamabad"));
        editor.readingPane().$("h2").shouldHave(exactText("What was agreed"));
        editor.readingPane().$("b").shouldHave(exactText("CPEC"));
        editor.readingPane().$("li a.link").shouldHave(attribute("title", "link to https://example.org/corridor"));
        editor.type("Les projets du <1>CECP</1> chinois en sont au centre.").confirm();
        editor.status(position).shouldHave(attribute("data-status", "TRANSLATED"));
        editor.target(position).$(".code").shouldHave(attribute("title", "bold"));
        leaveAndForgetSession();

        LoginPage.open().signInAs("reviewer", "reviewer");
        Selenide.open("/documents/" + doc + "/fr?segment=" + amb.path("id").asLong());
        int joined = amb.path("position").asInt();
        editor = EditorPage.shown().shouldBeActiveAt(joined);
        editor.source(joined).shouldHave(exactText("Amb."));
        $("#join-segment").scrollIntoView("{block: 'center'}").click();
        editor.source(joined).shouldHave(exactText("Amb. Smith met the minister on Monday."));
        editor.type("Monsieur Smith, ambassadeur, a vu le ministre lundi.").confirm();
        editor.status(joined).shouldHave(attribute("data-status", "TRANSLATED"));

        String exported = api.get(
                        "manager", "/api/v1/documents/" + doc + "/export?locale=fr&format=original&fallback=source")
                .body();
        assertThat(exported)
                .contains("<html lang=\"fr\">")
                .contains("Les projets du <b>CECP</b> chinois en sont au centre.")
                .contains("<p>Monsieur Smith, ambassadeur, a vu le ministre lundi. They spoke for an hour.</p>")
                .doesNotContain("Amb.");
    }

    private static long documentNamed(ApiClient api, String name) {
        for (JsonNode document :
                api.get("manager", "/api/v1/projects/china-pakistan/documents").json()) {
            if (document.path("name").asString().equals(name)) {
                return document.path("id").asLong();
            }
        }
        throw new AssertionError("no document " + name);
    }

    private static JsonNode segment(ApiClient api, long doc, String source) {
        for (JsonNode row : api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()) {
            if (row.path("source").asString().equals(source)) {
                return row;
            }
        }
        throw new AssertionError("no segment " + source);
    }
}
