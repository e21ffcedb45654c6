package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A member limited to French edits French and reads German, whose editor is read-only. */
class MemberEditorIT extends BrowserTest {

    @Test
    void theEditorIsReadOnlyOutsideTheMembersLocales() {
        ApiClient api = new ApiClient(port);
        String slug = "e" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.postJson(
                                "manager",
                                "/api/v1/projects",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        "Member editor " + slug,
                                        "sourceLocale",
                                        "en",
                                        "targetLocales",
                                        List.of("fr", "de")))
                        .status())
                .isEqualTo(201);
        long doc = api.postText("manager", "/api/v1/projects/" + slug + "/documents?name=a.txt", "One. Two.")
                .json()
                .path("id")
                .asLong();
        assertThat(api.putJson(
                                "manager",
                                "/api/v1/projects/" + slug + "/members/translator",
                                Map.of("role", "TRANSLATOR", "locales", List.of("fr")))
                        .status())
                .isEqualTo(200);

        LoginPage.open().signInAs("translator", "translator");
        EditorPage.open(doc, "de");
        $("#segment-grid .source-text[data-position='1']").click();
        $("#target-editor")
                .shouldHave(attribute("readonly"))
                .shouldHave(text("Read only: your membership of this project does not include de."));
        EditorPage.open(doc, "fr");
        $("#segment-grid .source-text[data-position='1']").click();
        $("#target-editor").shouldNotHave(attribute("readonly"));
    }
}
