package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selectors;
import com.codeborne.selenide.Selenide;
import dev.tessera.support.ApiClient;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * XLIFF in through the browser: a manager translates a segment in a downloaded XLIFF 2.1 and brings the file back
 * through the export page, and makes a new document of another tool's file.
 */
class ImportIT extends BrowserTest {

    @Test
    void aManagerImportsAnEditedXliff21AndSeesItsTargetInTheEditor() throws Exception {
        ApiClient api = new ApiClient(port);
        long doc = api.get("manager", "/api/v1/projects/china-pakistan/documents")
                .json()
                .get(0)
                .path("id")
                .asLong();
        // The browser tests share one demo database: take whichever segment is still untranslated now.
        JsonNode untranslated = null;
        for (JsonNode row : api.get("manager", "/api/v1/documents/" + doc + "/segments?locale=zh-Hans")
                .json()) {
            if (row.path("status").asString().equals("UNTRANSLATED")) {
                untranslated = row;
                break;
            }
        }
        assertThat(untranslated)
                .as("the demo has an untranslated zh-Hans segment")
                .isNotNull();
        long segmentId = untranslated.path("id").asLong();
        int position = untranslated.path("position").asInt();
        String target = "这是从XLIFF导入的译文。";

        LoginPage.open().signInAs("manager", "manager");
        EditorPage.open(doc, "zh-Hans");
        $("#export-link").click();
        File exported = $("#export-download").shouldBe(visible).download();
        Path edited = Files.createDirectories(Path.of("target", "import-it")).resolve("edited.zh-Hans.xlf");
        Files.writeString(
                edited,
                withTarget(Files.readString(exported.toPath(), StandardCharsets.UTF_8), segmentId, target),
                StandardCharsets.UTF_8);

        $(Selectors.shadowCss("input[type='file']", "#xliff-upload")).uploadFile(edited.toFile());
        $("#import-report").shouldBe(visible).shouldHave(text("Import of edited.zh-Hans.xlf"));
        $("#import-updated").shouldHave(attribute("data-count", "1"));
        $("#import-progress").shouldNotBe(visible);

        Selenide.open("/documents/" + doc + "/zh-Hans?segment=" + segmentId);
        EditorPage editor = EditorPage.shown().shouldBeActiveAt(position);
        editor.editorInput().shouldHave(value(target));
        editor.status(position).shouldHave(attribute("data-status", "DRAFT"));
    }

    @Test
    void aManagerMakesADocumentOfAnotherToolsXliffFromTheProjectPage() throws Exception {
        String slug = "xliff-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new ApiClient(port)
                        .postJson(
                                "manager",
                                "/api/v1/projects",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        "XLIFF " + slug,
                                        "sourceLocale",
                                        "en",
                                        "targetLocales",
                                        List.of("fr")))
                        .status())
                .isEqualTo(201);
        Path file = Files.createDirectories(Path.of("target", "import-it")).resolve("briefing.xlf");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="briefing.txt" source-language="en" target-language="fr" datatype="plaintext">
                    <body>
                      <trans-unit id="1"><source>The talks resumed.</source>
                        <target state="translated">Les pourparlers ont repris.</target></trans-unit>
                      <trans-unit id="2"><source>Nothing else changed.</source></trans-unit>
                    </body>
                  </file>
                </xliff>
                """, StandardCharsets.UTF_8);

        LoginPage.open()
                .signInAs("manager", "manager")
                .project(slug)
                .$(".import-xliff-link")
                .scrollIntoView("{block: 'center'}")
                .click();
        $(Selectors.shadowCss("input[type='file']", "#xliff-document-upload")).uploadFile(file.toFile());
        $("#xliff-document-summary").shouldHave(text("Created briefing.xlf with 2 segments"), text("into fr"));
        $("#import-updated").shouldHave(attribute("data-count", "1"));
    }

    /** Adds a target after the source of the unit {@code s<segmentId>}, as a translator's tool would. */
    private static String withTarget(String xliff, long segmentId, String target) {
        int unit = xliff.indexOf("<unit id=\"s" + segmentId + "\"");
        assertThat(unit).as("unit s%d in the export", segmentId).isNotNegative();
        int segment = xliff.indexOf("<segment", unit);
        int sourceEnd = xliff.indexOf("</source>", segment) + "</source>".length();
        // The segment has no target yet; the unit's memory matches (mtc:matches) may carry targets of their own.
        assertThat(xliff.substring(segment, sourceEnd))
                .contains("state=\"initial\"")
                .doesNotContain("<target");
        return xliff.substring(0, sourceEnd) + "<target>" + target + "</target>" + xliff.substring(sourceEnd);
    }
}
