package dev.tessera.translation.quality;

import dev.tessera.project.ProjectService;
import dev.tessera.qa.Severity;
import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's QA check severities. Changing one rechecks the stored findings of every segment of the project. */
@RestController
@RequestMapping(path = "/api/v1/projects/{slug}/qa-settings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "QA settings")
@ApiRole(Role.TRANSLATOR)
class QaSettingsApi {

    private final ProjectService projects;
    private final QaSettingsService settings;
    private final LanguageCheckStatus languageChecks;

    QaSettingsApi(ProjectService projects, QaSettingsService settings, LanguageCheckStatus languageChecks) {
        this.projects = projects;
        this.settings = settings;
        this.languageChecks = languageChecks;
    }

    @GetMapping
    @Operation(summary = "Every QA check with its severity in the project")
    Map<String, Severity> severities(@PathVariable String slug) {
        return settings.severities(projects.project(slug).id());
    }

    @GetMapping("/languages")
    @Operation(
            summary = "Per target locale, whether the language checks (lang.*) cover it and how many targets wait for"
                    + " them")
    Map<String, LanguageCheckStatus.Coverage> languages(@PathVariable String slug) {
        return languageChecks.coverage(projects.project(slug));
    }

    @ApiRole(Role.MANAGER)
    @PatchMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change checks' severities, for example {\"qa.length\":\"ERROR\"} (MANAGER and up)")
    Map<String, Severity> update(@PathVariable String slug, @RequestBody Map<String, String> changes) {
        return settings.update(projects.managed(slug).id(), changes);
    }
}
