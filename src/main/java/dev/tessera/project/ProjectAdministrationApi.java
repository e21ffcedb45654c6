package dev.tessera.project;

import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Projects and documents")
@ApiRole(Role.MANAGER)
class ProjectAdministrationApi {

    private final ProjectAdministration administration;

    ProjectAdministrationApi(ProjectAdministration administration) {
        this.administration = administration;
    }

    record MemberJson(String role, List<String> locales, Boolean signsOff) {}

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PatchMapping(path = "/projects/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Rename a project, open or close it, change its target locales (MANAGER and up in it); a"
                    + " locale taken away takes its translations with it")
    ProjectApi.ProjectJson update(@PathVariable String slug, @RequestBody ProjectChange change) {
        return ProjectApi.ProjectJson.of(administration.update(slug, change));
    }

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @DeleteMapping("/projects/{slug}")
    @Operation(
            summary = "Delete the project with its documents, translations, history and glossary links, never the"
                    + " glossaries (MANAGER and up in it); confirm= must repeat the slug")
    ResponseEntity<Void> delete(
            @PathVariable String slug,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String confirm) {
        administration.delete(slug, confirm);
        return ResponseEntity.noContent().build();
    }

    record DocumentChange(String name) {}

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PatchMapping(path = "/documents/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename a document (MANAGER and up in its project)")
    DocumentSummary renameDocument(@PathVariable long id, @RequestBody DocumentChange change) {
        return administration.renameDocument(id, change == null ? null : change.name());
    }

    @DeleteMapping("/documents/{id}")
    @Operation(
            summary = "Delete a document with its translations, history and comments (MANAGER and up in its project)")
    ResponseEntity<Void> deleteDocument(@PathVariable long id) {
        administration.deleteDocument(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/projects/{slug}/members")
    @Operation(summary = "The project's members with their role and locales (MANAGER and up in it)")
    List<MemberInfo> members(@PathVariable String slug) {
        return administration.members(slug);
    }

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PutMapping(path = "/projects/{slug}/members/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Make a user a member, or change their membership: role (never above their global role)"
                    + " and the locales they may write (none: all)")
    MemberInfo putMember(@PathVariable String slug, @PathVariable String username, @RequestBody MemberJson body) {
        return administration.putMember(
                slug, username, Role.parse(body.role()), body.locales(), Boolean.TRUE.equals(body.signsOff()));
    }

    @DeleteMapping("/projects/{slug}/members/{username}")
    @Operation(summary = "End a membership")
    ResponseEntity<Void> removeMember(@PathVariable String slug, @PathVariable String username) {
        administration.removeMember(slug, username);
        return ResponseEntity.noContent().build();
    }
}
