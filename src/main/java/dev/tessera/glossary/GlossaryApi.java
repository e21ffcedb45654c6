package dev.tessera.glossary;

import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
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
@ApiRole(Role.TRANSLATOR)
class GlossaryApi {

    private final GlossaryService glossaries;
    private final FolderSync folder;

    GlossaryApi(GlossaryService glossaries, FolderSync folder) {
        this.glossaries = glossaries;
        this.folder = folder;
    }

    record NewGlossary(String name) {}

    @GetMapping("/glossaries")
    @Operation(summary = "Every glossary with its numbers of concepts and terms")
    List<GlossarySummary> glossaries() {
        return glossaries.glossaries();
    }

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PostMapping(path = "/glossaries", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a glossary (MANAGER and up)")
    ResponseEntity<Map<String, Object>> create(@RequestBody NewGlossary request) {
        GlossarySummary created = glossaries.create(request == null ? null : request.name());
        return ResponseEntity.created(URI.create("/api/v1/glossaries/" + created.id()))
                .body(Map.of("id", created.id(), "name", created.name()));
    }

    @GetMapping("/glossaries/{id}")
    @Operation(
            summary = "The glossary with its totals and its conflict with the glossary/ folder file (null when none)")
    Map<String, Object> glossary(@PathVariable long id) {
        GlossarySummary summary = glossaries.glossary(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", summary.id());
        body.put("name", summary.name());
        body.put("concepts", summary.concepts());
        body.put("terms", summary.terms());
        body.put("folderConflict", folder.conflict(id));
        return body;
    }

    @GetMapping("/glossaries/{id}/concepts/{conceptId}")
    @Operation(summary = "One concept of the glossary")
    ConceptView concept(@PathVariable long id, @PathVariable long conceptId) {
        return glossaries.concept(id, conceptId);
    }

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PostMapping(path = "/glossaries/{id}/concepts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Add a concept with its terms (MANAGER and up); answers it with the segments whose"
                    + " glossary findings changed (\"affected\")")
    ResponseEntity<Map<String, Object>> addConcept(
            @PathVariable long id, @RequestBody(required = false) ConceptInput input) {
        ConceptSaved saved = glossaries.saveConcept(id, null, input);
        return ResponseEntity.created(URI.create("/api/v1/glossaries/" + id + "/concepts/"
                        + saved.concept().id()))
                .body(answer(saved));
    }

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PutMapping(path = "/glossaries/{id}/concepts/{conceptId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace a concept's description and terms (MANAGER and up); answers it with the segments"
                    + " whose glossary findings changed (\"affected\")")
    Map<String, Object> saveConcept(
            @PathVariable long id, @PathVariable long conceptId, @RequestBody(required = false) ConceptInput input) {
        return answer(glossaries.saveConcept(id, conceptId, input));
    }

    @ApiRole(Role.MANAGER)
    @DeleteMapping("/glossaries/{id}/concepts/{conceptId}")
    @Operation(summary = "Delete a concept and its terms (MANAGER and up)")
    ResponseEntity<Void> deleteConcept(@PathVariable long id, @PathVariable long conceptId) {
        glossaries.deleteConcept(id, conceptId);
        return ResponseEntity.noContent().build();
    }

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PostMapping("/glossaries/{id}/folder")
    @Operation(
            summary = "Write the glossary to its glossary/ folder file as TBX-Basic v2 (MANAGER and up); settles a"
                    + " folder conflict in favour of the database")
    FolderSaved saveToFolder(@PathVariable long id) {
        return folder.saveToFolder(id);
    }

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PostMapping("/glossaries/{id}/folder/import")
    @Operation(
            summary = "Read the glossary's glossary/ folder file into it, concepts the file lacks deleted (MANAGER"
                    + " and up); settles a folder conflict in favour of the file")
    ImportResult takeFile(@PathVariable long id) {
        return folder.takeFile(id);
    }

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PostMapping("/glossaries/{id}/import")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = {
                @Content(mediaType = "application/x-tbx"),
                @Content(mediaType = MediaType.APPLICATION_XML_VALUE),
                @Content(mediaType = "text/csv"),
                @Content(mediaType = "text/tab-separated-values")
            })
    @Operation(
            summary = "Import TBX (an XML content type), CSV (text/csv) or a tab-separated list"
                    + " (text/tab-separated-values) into the glossary (MANAGER and up); sourceLocale and targetLocale read a"
                    + " list without a header, source and target (and a comment) per row")
    ImportResult importFile(
            @PathVariable long id,
            @RequestParam(required = false) String sourceLocale,
            @RequestParam(required = false) String targetLocale,
            HttpServletRequest request)
            throws IOException {
        GlossaryService.Format format = format(request.getContentType());
        GlossaryService.ListLocales list = null;
        if (sourceLocale != null || targetLocale != null) {
            if (format == GlossaryService.Format.TBX || sourceLocale == null || targetLocale == null) {
                throw ApiException.validation("sourceLocale and targetLocale go together, and only with a CSV or"
                        + " tab-separated list without a header.");
            }
            list = new GlossaryService.ListLocales(sourceLocale, targetLocale);
        }
        return glossaries.importFile(id, format, list, request.getInputStream(), request.getContentLengthLong());
    }

    @GetMapping("/glossaries/{id}/concepts")
    @Operation(summary = "The glossary's concepts, those whose terms or definition contain q when given")
    List<ConceptView> concepts(@PathVariable long id, @RequestParam(required = false) String q) {
        return glossaries.concepts(id, q);
    }

    @GetMapping(
            path = "/glossaries/{id}/export",
            produces = {"application/x-tbx+xml", "text/csv", MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "The whole glossary as TBX-Basic (v2 martif by default, v3 with version=3) or as wide CSV"
                    + " (format=csv)")
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            @RequestParam(defaultValue = "tbx") String format,
            @RequestParam(defaultValue = "2") String version) {
        String name = glossaries.name(id);
        if ("csv".equalsIgnoreCase(format)) {
            return download(name, "csv", MediaType.parseMediaType("text/csv; charset=UTF-8"), glossaries.exportCsv(id));
        }
        if (!"tbx".equalsIgnoreCase(format)) {
            throw ApiException.validation("format must be tbx or csv.");
        }
        TbxWriter.Version tbx = switch (version) {
            case "2" -> TbxWriter.Version.V2;
            case "3" -> TbxWriter.Version.V3;
            default -> throw ApiException.validation("version must be 2 (martif) or 3 (tbx).");
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        glossaries.exportTbx(id, tbx, out);
        return download(name, "tbx", MediaType.parseMediaType("application/x-tbx+xml"), out.toByteArray());
    }

    private static ResponseEntity<byte[]> download(String name, String extension, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        "Content-Disposition",
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(
                                        FolderSync.baseName(name) + "." + extension,
                                        java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    @ApiRole(Role.MANAGER)
    @PutMapping("/projects/{slug}/glossaries/{id}")
    @Operation(summary = "Link the glossary to the project (MANAGER and up)")
    ResponseEntity<Void> link(@PathVariable String slug, @PathVariable long id) {
        glossaries.link(slug, id);
        return ResponseEntity.noContent().build();
    }

    @ApiRole(Role.MANAGER)
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

    private static Map<String, Object> answer(ConceptSaved saved) {
        ConceptView concept = saved.concept();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", concept.id());
        body.put("externalId", concept.externalId());
        body.put("definition", concept.definition());
        body.put("note", concept.note());
        body.put("domain", concept.domain());
        body.put("doNotTranslate", concept.doNotTranslate());
        body.put("firstUse", concept.firstUse());
        body.put("terms", concept.terms());
        body.put("affected", saved.affected());
        return body;
    }

    private static GlossaryService.Format format(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv")) {
            return GlossaryService.Format.CSV;
        }
        if (type.startsWith("text/tab-separated-values")) {
            return GlossaryService.Format.TSV;
        }
        if (type.startsWith("application/xml")
                || type.startsWith("text/xml")
                || type.contains("tbx")
                || type.contains("+xml")) {
            return GlossaryService.Format.TBX;
        }
        throw ApiException.unsupportedMediaType("Send TBX with an XML content type (application/xml), CSV as"
                + " text/csv or a tab-separated list as text/tab-separated-values.");
    }
}
