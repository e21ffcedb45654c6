package dev.tessera.memory;

import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import dev.tessera.shared.FileNames;
import dev.tessera.shared.UploadLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/memories", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Translation memories")
@ApiRole(Role.TRANSLATOR)
class MemoryApi {

    private final MemoryService memories;
    private final ConcordanceService concordance;
    private final UploadLimits limits;

    MemoryApi(MemoryService memories, ConcordanceService concordance, UploadLimits limits) {
        this.memories = memories;
        this.concordance = concordance;
        this.limits = limits;
    }

    record NewMemory(String name, String sourceLocale) {}

    @GetMapping
    @Operation(summary = "Every translation memory with its number of units")
    List<MemoryService.MemoryInfo> list() {
        return memories.memories();
    }

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a translation memory {\"name\",\"sourceLocale\"} (MANAGER and up)")
    ResponseEntity<MemoryService.MemoryInfo> create(@RequestBody(required = false) NewMemory request) {
        MemoryService.MemoryInfo created =
                request == null ? memories.create(null, null) : memories.create(request.name(), request.sourceLocale());
        return ResponseEntity.created(URI.create("/api/v1/memories/" + created.id()))
                .body(created);
    }

    @ApiRole(Role.MANAGER)
    @PostMapping(
            path = "/{id}/import",
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE, "application/x-tmx+xml"})
    @Operation(
            summary = "Import a TMX 1.1-1.4b file (MANAGER and up): a unit per language other than the memory's source,"
                    + " one transaction")
    MemoryService.ImportResult importTmx(@PathVariable long id, HttpServletRequest request) throws IOException {
        return memories.importTmx(id, limits.readTmx(request.getInputStream(), request.getContentLengthLong()));
    }

    @GetMapping(path = "/{id}/export", produces = "application/x-tmx+xml")
    @Operation(summary = "The memory as TMX 1.4b")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String file = FileNames.safe(memories.export(id, out)) + ".tmx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .contentType(MediaType.parseMediaType("application/x-tmx+xml"))
                .body(out.toByteArray());
    }

    @GetMapping("/search")
    @Operation(
            summary = "Concordance: a word or phrase in the sources or targets of the memories (a project's, with"
                    + " project=slug), newest first, each occurrence highlighted")
    List<ConcordanceService.Hit> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sourceLocale,
            @RequestParam(required = false) String targetLocale,
            @RequestParam(required = false) String project,
            @RequestParam(required = false) String in) {
        return concordance.search(q, sourceLocale, targetLocale, project, in);
    }

    record Rename(String name) {}

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename a translation memory {\"name\"} (MANAGER and up)")
    MemoryService.MemoryInfo rename(@PathVariable long id, @RequestBody(required = false) Rename request) {
        return memories.rename(id, request == null ? null : request.name());
    }

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a translation memory and its units (MANAGER and up)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        memories.delete(id);
        return ResponseEntity.noContent().build();
    }
}
