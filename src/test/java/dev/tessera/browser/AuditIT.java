package dev.tessera.browser;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An admin reads who did what in the audit page, filtered by user, and downloads it as CSV. */
class AuditIT extends BrowserTest {

    @Test
    void anAdminFiltersTheLogByUserAndDownloadsItAsCsv() throws Exception {
        String slug = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new ApiClient(port)
                        .postJson(
                                "manager",
                                "/api/v1/projects",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        "Audited",
                                        "sourceLocale",
                                        "en",
                                        "targetLocales",
                                        List.of("fr")))
                        .status())
                .isEqualTo(201);

        LoginPage.open().signInAs("admin", "admin");
        $("vaadin-side-nav-item[path='audit']").shouldBe(visible).click();
        $(".audit-view").shouldBe(visible);
        $("#audit-user input").setValue("manager").pressEnter();
        $$("#audit-grid vaadin-grid-cell-content")
                .findBy(text("project:" + slug))
                .shouldBe(visible);
        $$("#audit-grid vaadin-grid-cell-content")
                .findBy(text("project_created"))
                .shouldBe(visible);

        File csv = $("#audit-csv").shouldBe(visible).download();
        String body = Files.readString(csv.toPath(), StandardCharsets.UTF_8);
        assertThat(body)
                .startsWith("at,actor,action,target,detail,project\r\n")
                .contains(",manager,project_created,project:" + slug + ",");
        assertThat(body.lines().skip(1))
                .as("only the manager's entries")
                .allMatch(line -> line.split(",")[1].equals("manager"));
    }
}
