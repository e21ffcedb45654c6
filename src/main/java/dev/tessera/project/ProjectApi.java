package dev.tessera.project;

import dev.tessera.formats.SourceFormat;
import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Projects and documents")
@ApiRole(Role.TRANSLATOR)
class ProjectApi {

    private final ProjectService projects;
    private final DocumentService documents;

    ProjectApi(ProjectService projects, DocumentService documents) {
        this.projects = projects;
        this.documents = documents;
    }

    /** @param open false for a closed project (only its members see it); ignored when creating one */
    record ProjectJson(
            String slug,
            String name,
            String sourceLocale,
            List<String> targetLocales,
            Boolean open,
            BigDecimal qualityThreshold,
            Boolean secondReview,
            List<String> abbreviations) {
        static ProjectJson of(ProjectInfo p) {
            return new ProjectJson(
                    p.slug(),
                    p.name(),
                    p.sourceLocale(),
                    p.targetLocales(),
                    p.open(),
                    p.qualityThreshold(),
                    p.secondReview(),
                    p.abbreviations());
        }
    }

    record DocumentJson(long id, String name, int segmentCount, String project, String format) {}

    @GetMapping("/projects")
    @Operation(summary = "All projects")
    List<ProjectJson> projects() {
        return projects.projects().stream().map(ProjectJson::of).toList();
    }

    @GetMapping("/projects/{slug}")
    @Operation(summary = "One project")
    ProjectJson project(@PathVariable String slug) {
        return ProjectJson.of(projects.project(slug));
    }

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PostMapping(path = "/projects", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a project (MANAGER and up)")
    ResponseEntity<ProjectJson> create(@RequestBody ProjectJson request) {
        if (request == null) {
            throw ApiException.validation("Send the project as JSON: slug, name, sourceLocale, targetLocales.");
        }
        ProjectInfo created = projects.create(
                new NewProject(request.slug(), request.name(), request.sourceLocale(), request.targetLocales()));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.slug()))
                .body(ProjectJson.of(created));
    }

    @GetMapping("/projects/{slug}/documents")
    @Operation(summary = "The documents of a project")
    List<DocumentSummary> documents(@PathVariable String slug) {
        return projects.documents(slug);
    }

    @ApiRole(
            value = Role.MANAGER,
            errors = {409})
    @PostMapping(
            path = "/projects/{slug}/documents",
            consumes = {
                MediaType.TEXT_PLAIN_VALUE,
                MediaType.TEXT_HTML_VALUE,
                "text/markdown",
                "text/x-markdown",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            })
    @Operation(
            summary = "Import a document (MANAGER and up): plain text or Markdown in UTF-8, HTML (its charset as a"
                    + " browser reads it) or DOCX")
    ResponseEntity<DocumentSummary> importDocument(
            @PathVariable String slug, @RequestParam String name, HttpServletRequest request) throws IOException {
        SourceFormat format = SourceFormat.ofMediaType(request.getContentType()).orElse(SourceFormat.TEXT);
        if (format == SourceFormat.TEXT || format == SourceFormat.MARKDOWN) {
            requireUtf8(request);
        }
        DocumentSummary created =
                documents.importFile(slug, name, format, request.getInputStream(), request.getContentLengthLong());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + created.id()))
                .body(created);
    }

    @GetMapping("/documents/{id}")
    @Operation(summary = "One document")
    DocumentJson document(@PathVariable long id) {
        DocumentInfo d = documents.document(id);
        return new DocumentJson(d.id(), d.name(), d.segmentCount(), d.project().slug(), d.format());
    }

    private static void requireUtf8(HttpServletRequest request) {
        // Read the header itself: the servlet's character encoding is forced to UTF-8 by Spring Boot.
        String charset;
        try {
            charset = MediaType.parseMediaType(request.getContentType()).getParameter("charset");
        } catch (RuntimeException e) {
            throw ApiException.unsupportedMediaType("Send the text as text/plain; charset=UTF-8.");
        }
        if (charset != null && !isUtf8(charset.replace("\"", ""))) {
            throw ApiException.unsupportedMediaType("Send the text as text/plain; charset=UTF-8, not " + charset + ".");
        }
    }

    private static boolean isUtf8(String charset) {
        try {
            Charset c = Charset.forName(charset);
            return c.equals(StandardCharsets.UTF_8) || c.equals(StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
