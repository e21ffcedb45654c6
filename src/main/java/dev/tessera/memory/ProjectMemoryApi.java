package dev.tessera.memory;

import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/projects/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Translation memories")
@ApiRole(Role.TRANSLATOR)
class ProjectMemoryApi {

    private final ProjectMemories projectMemories;

    ProjectMemoryApi(ProjectMemories projectMemories) {
        this.projectMemories = projectMemories;
    }

    record LinkRequest(Boolean write, Integer penalty) {}

    record LearningRequest(Boolean includeTranslated, Integer unapprovedPenalty) {}

    @GetMapping("/memories")
    @Operation(summary = "The memories the project reads: its own first, then the linked ones")
    List<ProjectMemories.LinkedMemory> links(@PathVariable String slug) {
        return projectMemories.links(slug);
    }

    @ApiRole(Role.MANAGER)
    @PutMapping(path = "/memories/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Link a memory to the project {\"write\":false,\"penalty\":0} (MANAGER and up); again to change"
                    + " the link")
    ResponseEntity<Void> link(
            @PathVariable String slug, @PathVariable long id, @RequestBody(required = false) LinkRequest request) {
        boolean write = request != null && Boolean.TRUE.equals(request.write());
        int penalty = request == null || request.penalty() == null ? 0 : request.penalty();
        projectMemories.link(slug, id, write, penalty);
        return ResponseEntity.noContent().build();
    }

    @ApiRole(Role.MANAGER)
    @DeleteMapping("/memories/{id}")
    @Operation(summary = "Unlink a memory from the project (MANAGER and up); the memory stays")
    ResponseEntity<Void> unlink(@PathVariable String slug, @PathVariable long id) {
        projectMemories.unlink(slug, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/memory-learning")
    @Operation(summary = "How the project's own memory learns: TRANSLATED segments too, and their penalty")
    ProjectMemories.Learning learning(@PathVariable String slug) {
        return projectMemories.learning(slug);
    }

    @ApiRole(Role.MANAGER)
    @PutMapping(path = "/memory-learning", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Set how the project's own memory learns {\"includeTranslated\":true,\"unapprovedPenalty\":3}"
                    + " (MANAGER and up)")
    ProjectMemories.Learning learn(@PathVariable String slug, @RequestBody(required = false) LearningRequest request) {
        ProjectMemories.Learning current = projectMemories.learning(slug);
        return projectMemories.learn(
                slug,
                request == null || request.includeTranslated() == null
                        ? current.includeTranslated()
                        : request.includeTranslated(),
                request == null || request.unapprovedPenalty() == null
                        ? current.unapprovedPenalty()
                        : request.unapprovedPenalty());
    }
}
