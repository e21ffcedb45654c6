package dev.tessera.exchange;

import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import dev.tessera.translation.ImportReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Exchange")
@ApiRole(Role.TRANSLATOR)
class ExchangeApi {

    private final ExchangeService exchange;
    private final XliffImport xliffImport;

    ExchangeApi(ExchangeService exchange, XliffImport xliffImport) {
        this.exchange = exchange;
        this.xliffImport = xliffImport;
    }

    @ApiRole(
            value = Role.TRANSLATOR,
            errors = {409})
    @PostMapping(
            path = "/documents/{id}/import",
            consumes = {
                "application/xliff+xml",
                "application/x-xliff+xml",
                MediaType.APPLICATION_XML_VALUE,
                MediaType.TEXT_XML_VALUE
            },
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Bring an XLIFF 1.2 or 2.x file Tessera exported back into the document and locale"
                            + " (TRANSLATOR and up); each unit by the rules of the PUT and review endpoints, all in one transaction")
    ImportReport importTranslations(
            @PathVariable long id,
            @RequestParam String locale,
            @RequestParam(defaultValue = "false") boolean overwrite,
            HttpServletRequest request)
            throws IOException {
        return xliffImport.importTranslations(
                id, locale, request.getInputStream(), request.getContentLengthLong(), overwrite);
    }

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PostMapping(
            path = "/projects/{slug}/documents",
            consumes = {
                "application/xliff+xml",
                "application/x-xliff+xml",
                MediaType.APPLICATION_XML_VALUE,
                MediaType.TEXT_XML_VALUE
            },
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A new document from another tool's XLIFF 1.2 or 2.x file, with its targets and states"
                    + " (MANAGER and up); name defaults to the file's original")
    ResponseEntity<Map<String, Object>> importDocument(
            @PathVariable String slug, @RequestParam(required = false) String name, HttpServletRequest request)
            throws IOException {
        XliffImport.NewDocument created =
                xliffImport.importDocument(slug, name, request.getInputStream(), request.getContentLengthLong());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", created.document().id());
        body.put("name", created.document().name());
        body.put("segmentCount", created.document().segmentCount());
        body.put("locale", created.locale());
        body.put("translations", created.translations());
        body.put("warnings", created.warnings());
        return ResponseEntity.created(
                        URI.create("/api/v1/documents/" + created.document().id()))
                .body(body);
    }

    @ApiRole(
            value = Role.TRANSLATOR,
            errors = {409})
    @GetMapping("/projects/{slug}/export")
    @Operation(
            summary = "Every document of the project in one locale and format, as a zip of one file per document;"
                    + " the options of the document export, matches=false included")
    void exportProject(
            @PathVariable String slug,
            @RequestParam String locale,
            @RequestParam String format,
            @RequestParam(required = false) String fallback,
            @RequestParam(defaultValue = "false") boolean approvedOnly,
            @RequestParam(required = false) String include,
            @RequestParam(defaultValue = "true") boolean matches,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.parse(format);
        java.util.List<ExchangeService.Export> exports =
                exchange.prepareProject(slug, locale, chosen, options(fallback, approvedOnly, include, matches));
        response.setContentType("application/zip");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(slug + "." + format + ".zip", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        // Not closed on failure: an error before the first buffer is flushed still reaches the client as an error.
        OutputStream out = response.getOutputStream();
        exchange.writeZip(exports, out);
        out.flush();
        String exported = exports.isEmpty() ? locale : exports.get(0).locale();
        audit(
                "project:" + slug,
                "format " + chosen.code() + ", locale " + exported + ", " + exports.size() + " document(s)",
                slug);
    }

    record PublishRequest(java.util.List<String> locales, java.util.List<String> formats) {}

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @org.springframework.web.bind.annotation.PostMapping(
            path = "/projects/{slug}/publish",
            consumes = org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
            produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Write every document in the locales and formats into translations/<slug>/<locale>/"
                    + " (MANAGER and up)")
    java.util.Map<String, Object> publish(
            @PathVariable String slug, @org.springframework.web.bind.annotation.RequestBody PublishRequest request) {
        ExchangeService.Published published = exchange.publish(
                slug, request == null ? null : request.locales(), request == null ? null : request.formats());
        return java.util.Map.of("files", published.files(), "repaired", published.repaired());
    }

    @ApiRole(
            value = Role.TRANSLATOR,
            errors = {409})
    @GetMapping("/documents/{id}/export")
    @Operation(
            summary = "The document in one locale as text, XLIFF 1.2, XLIFF 2.1 or TMX (any signed-in role); text"
                    + " refuses unfinished segments (409 listing them) unless fallback=source; XLIFF carries the"
                    + " best three memory matches (70 and up) of each untranslated segment, as <alt-trans> in 1.2"
                    + " and the matches module (mtc:matches) in 2.1, unless matches=false")
    void export(
            @PathVariable long id,
            @RequestParam String locale,
            @RequestParam String format,
            @RequestParam(required = false) String fallback,
            @RequestParam(defaultValue = "false") boolean approvedOnly,
            @RequestParam(required = false) String include,
            @RequestParam(defaultValue = "true") boolean matches,
            HttpServletResponse response)
            throws IOException {
        ExchangeService.Export export = exchange.prepare(
                id, locale, ExportFormat.parse(format), options(fallback, approvedOnly, include, matches));
        response.setContentType(export.mediaType());
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(export.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        OutputStream out = response.getOutputStream();
        List<Integer> repaired = exchange.write(export, out);
        out.flush();
        audit(
                "document:" + id,
                "format " + export.format().code() + ", locale " + export.locale()
                        + ExchangeService.repairedNote(
                                repaired.isEmpty() ? Map.of() : Map.of(export.fileName(), repaired)),
                export.document().project().slug());
    }

    private void audit(String target, String detail, String project) {
        exchange.exported(target, detail, project);
    }

    private static ExportOptions options(String fallback, boolean approvedOnly, String include, boolean matches) {
        if (fallback != null && !"source".equals(fallback)) {
            throw dev.tessera.shared.ApiException.validation("fallback can only be source.");
        }
        if (include != null && !"translated".equals(include)) {
            throw dev.tessera.shared.ApiException.validation("include can only be translated.");
        }
        return new ExportOptions(fallback != null, approvedOnly, include != null, matches);
    }
}
