package dev.tessera.glossary;

import dev.tessera.shared.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Glossaries")
class GlossaryApi {

    private final GlossaryService glossaries;

    GlossaryApi(GlossaryService glossaries) {
        this.glossaries = glossaries;
    }

    record NewGlossary(String name) {
    }

    @GetMapping("/glossaries")
    @Operation(summary = "Every glossary with its numbers of concepts and terms")
    List<GlossarySummary> glossaries() {
        return glossaries.glossaries();
    }

    @PostMapping(path = "/glossaries", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a glossary (MANAGER and up)")
    ResponseEntity<Map<String, Object>> create(@RequestBody NewGlossary request) {
        GlossarySummary created = glossaries.create(request == null ? null : request.name());
        return ResponseEntity.created(URI.create("/api/v1/glossaries/" + created.id()))
                .body(Map.of("id", created.id(), "name", created.name()));
    }

    @PostMapping("/glossaries/{id}/import")
    @Operation(summary = "Import TBX (an XML content type) or CSV (text/csv) into the glossary (MANAGER and up)")
    ImportResult importFile(@PathVariable long id, HttpServletRequest request) throws IOException {
        return glossaries.importFile(id, format(request.getContentType()), request.getInputStream(),
                request.getContentLengthLong());
    }

    @GetMapping("/glossaries/{id}/concepts")
    @Operation(summary = "The glossary's concepts, those whose terms or definition contain q when given")
    List<ConceptView> concepts(@PathVariable long id, @RequestParam(required = false) String q) {
        return glossaries.concepts(id, q);
    }

    @GetMapping(path = "/glossaries/{id}/export", produces = {"application/x-tbx+xml", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The whole glossary as TBX-Basic: v2 (martif) by default, v3 with version=3")
    ResponseEntity<byte[]> export(@PathVariable long id,
            @RequestParam(defaultValue = "tbx") String format, @RequestParam(defaultValue = "2") String version) {
        if (!"tbx".equalsIgnoreCase(format)) {
            throw ApiException.validation("format must be tbx; CSV export comes later.");
        }
        TbxWriter.Version tbx = switch (version) {
            case "2" -> TbxWriter.Version.V2;
            case "3" -> TbxWriter.Version.V3;
            default -> throw ApiException.validation("version must be 2 (martif) or 3 (tbx).");
        };
        String name = glossaries.name(id);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        glossaries.exportTbx(id, tbx, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-tbx+xml"))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(name.replaceAll("[^\\p{L}\\p{N}._-]+", "-") + ".tbx", java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(out.toByteArray());
    }

    @PutMapping("/projects/{slug}/glossaries/{id}")
    @Operation(summary = "Link the glossary to the project (MANAGER and up)")
    ResponseEntity<Void> link(@PathVariable String slug, @PathVariable long id) {
        glossaries.link(slug, id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/projects/{slug}/glossaries/{id}")
    @Operation(summary = "Unlink the glossary from the project (MANAGER and up); the glossary stays")
    ResponseEntity<Void> unlink(@PathVariable String slug, @PathVariable long id) {
        glossaries.unlink(slug, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/projects/{slug}/glossaries")
    @Operation(summary = "The glossaries linked to the project")
    List<GlossarySummary> linked(@PathVariable String slug) {
        return glossaries.linked(slug);
    }

    private static GlossaryService.Format format(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv")) {
            return GlossaryService.Format.CSV;
        }
        if (type.startsWith("application/xml") || type.startsWith("text/xml") || type.contains("tbx")
                || type.contains("+xml")) {
            return GlossaryService.Format.TBX;
        }
        throw ApiException.unsupportedMediaType("Send TBX with an XML content type (application/xml) or CSV as"
                + " text/csv.");
    }
}
