package dev.tessera.browser;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A manager publishes the demo project from the project page, into a copy of the translations folder. */
class PublishIT extends BrowserTest {

    static Path folder;

    /** Publishing writes files: into a copy of the repository's demo folder, never into the folder itself. */
    @DynamicPropertySource
    static void ownTranslationsFolder(DynamicPropertyRegistry registry) throws IOException {
        Path source = Path.of("translations");
        folder = Path.of("target", "publish-it", UUID.randomUUID().toString());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = folder.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        registry.add("tessera.translations-dir", folder::toString);
    }

    @Test
    void aManagerPublishesXliff21AndIsToldWhyUnfinishedTextCannotBePublished() throws IOException {
        LoginPage.open()
                .signInAs("manager", "manager")
                .project("china-pakistan")
                .$(".publish-link")
                .click();
        $(".publish-view").shouldBe(visible);
        check("#publish-locales", "zh-Hans");
        check("#publish-formats", "Plain text");
        check("#publish-formats", "XLIFF 2.1");
        $("#publish-button").click();
        $("#publish-problem").shouldBe(visible).shouldHave(text("are not finished"));
        $("#publish-files").shouldNotBe(visible);

        check("#publish-formats", "Plain text");
        $("#publish-button").click();
        $("#publish-problem").shouldNotBe(visible);
        $("#publish-files").shouldBe(visible).shouldHave(text("china-pakistan/zh-Hans/"), text(".zh-Hans.xlf"));
        List<String> written = $$("#publish-files li").texts();
        assertThat(written).hasSize(1);
        assertThat(Files.readString(folder.resolve(written.get(0)))).contains("version=\"2.1\"", "trgLang=\"zh-Hans\"");
    }

    /** Ticks (or unticks) the checkbox labelled {@code label} in the group. */
    private static void check(String group, String label) {
        $$(group + " vaadin-checkbox").findBy(text(label)).click();
    }
}
