package dev.tessera.translation.review;

import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Review quality")
@ApiRole(Role.TRANSLATOR)
class IssueApi {

    private final IssueService issues;
    private final TranslatorQuality translators;
    private final Clock clock;

    IssueApi(IssueService issues, TranslatorQuality translators, Clock clock) {
        this.issues = issues;
        this.translators = translators;
        this.clock = clock;
    }

    @ApiRole(Role.MANAGER)
    @GetMapping("/projects/{slug}/quality")
    @Operation(
            summary = "MQM scores per translator (MANAGER and up): the issues filed from one day to another (both"
                    + " included, the last 30 days by default) on each translator's work, against the source words"
                    + " of the segments they handed in then; in one locale, or in all")
    TranslatorQuality.Report translators(
            @PathVariable String slug,
            @RequestParam(required = false) String locale,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate last = to != null ? to : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return translators.report(slug, locale, from != null ? from : last.minusDays(29), last);
    }

    @GetMapping("/documents/{documentId}/quality")
    @Operation(
            summary = "The document's MQM quality score in the locale: penalty points (minor 1, major 5, critical 25)"
                    + " per 1,000 source words, pass or fail against the project's threshold, with the issues and"
                    + " points by category and by severity")
    QualityScore.Report quality(@PathVariable long documentId, @RequestParam String locale) {
        return issues.quality(documentId, locale);
    }

    @GetMapping("/documents/{documentId}/segments/{segmentId}/translations/{locale}/issues")
    @Operation(summary = "The quality issues filed on the segment in the locale, oldest first")
    List<Issue> issues(@PathVariable long documentId, @PathVariable long segmentId, @PathVariable String locale) {
        return issues.issues(documentId, segmentId, locale);
    }

    @ApiRole(
            value = Role.REVIEWER,
            errors = {409})
    @PostMapping(
            path = "/documents/{documentId}/segments/{segmentId}/translations/{locale}/issues",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "File a quality issue (MQM category and severity, optionally a span of the target) on a"
                    + " translation handed in, without changing its status (REVIEWER and up)")
    ResponseEntity<Issue> file(
            @PathVariable long documentId,
            @PathVariable long segmentId,
            @PathVariable String locale,
            @RequestBody IssueRequest request) {
        if (request == null) {
            throw ApiException.validation("Send {\"category\", \"severity\", \"version\"} as JSON, with \"start\","
                    + " \"end\" and \"comment\" if you like.");
        }
        Issue filed = issues.annotate(documentId, segmentId, locale, request);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + documentId + "/segments/" + segmentId
                        + "/translations/" + locale + "/issues/" + filed.id()))
                .body(filed);
    }

    @ApiRole(Role.REVIEWER)
    @DeleteMapping("/documents/{documentId}/segments/{segmentId}/translations/{locale}/issues/{issueId}")
    @Operation(summary = "Retract a quality issue (whoever filed it, or a manager)")
    ResponseEntity<Void> retract(
            @PathVariable long documentId,
            @PathVariable long segmentId,
            @PathVariable String locale,
            @PathVariable long issueId) {
        issues.retract(documentId, segmentId, locale, issueId);
        return ResponseEntity.noContent().build();
    }
}
