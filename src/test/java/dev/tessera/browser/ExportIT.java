package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attributeMatching;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Condition;
import dev.tessera.support.ApiClient;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** A manager exports the demo article from the editor and downloads it. */
class ExportIT extends BrowserTest {

    @Test
    void aManagerDownloadsXliff21AndATextWithTheSourceInPlaceOfUnfinishedWork() throws Exception {
        long doc = new ApiClient(port)
                .get("manager", "/api/v1/projects/china-pakistan/documents")
                .json()
                .get(0)
                .path("id")
                .asLong();
        LoginPage.open().signInAs("manager", "manager");
        EditorPage.open(doc, "zh-Hans");
        $("#export-link").click();
        $(".export-view").shouldBe(visible);
        $("#export-download").shouldBe(visible).shouldHave(attributeMatching("data-file", ".*\\.zh-Hans\\.xlf"));
        File xliff = $("#export-download").download();
        String body = Files.readString(xliff.toPath(), StandardCharsets.UTF_8);
        assertThat(body)
                .contains("version=\"2.1\"")
                .contains("trgLang=\"zh-Hans\"")
                .contains("<gls:glossEntry")
                .contains("state=\"reviewed\"");

        $("#export-format").click();
        $$("vaadin-select-list-box vaadin-select-item")
                .filterBy(visible)
                .findBy(text("Plain text"))
                .click();
        $("#export-problem").shouldBe(visible).shouldHave(text("are not finished"));
        $("#export-download").shouldNotBe(visible);
        $("#export-fallback").click();
        $("#export-problem").shouldNotBe(visible);
        File plain = $("#export-download").shouldBe(visible).download();
        String article = Files.readString(plain.toPath(), StandardCharsets.UTF_8);
        assertThat(article)
                .contains("近年来，全球和地区格局发生了重大变化。")
                .as("unfinished segments keep their source")
                .contains("Why is it essential for China");
        $("#export-download").shouldHave(Condition.attributeMatching("data-file", ".*\\.zh-Hans\\.txt"));
    }
}
