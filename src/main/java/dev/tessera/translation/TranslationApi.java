package dev.tessera.translation;

import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.translation.quality.DocumentFinding;
import dev.tessera.translation.quality.QualityService;
import dev.tessera.translation.review.ReviewRequest;
import dev.tessera.translation.review.ReviewService;
import dev.tessera.translation.review.WaiverRequest;
import dev.tessera.translation.review.WaiverResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/documents/{documentId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Segments and translations")
@ApiRole(Role.TRANSLATOR)
class TranslationApi {

    private final TranslationService translations;
    private final ReviewService reviews;
    private final ProgressService progress;
    private final QualityService quality;

    TranslationApi(
            TranslationService translations, ReviewService reviews, ProgressService progress, QualityService quality) {
        this.translations = translations;
        this.reviews = reviews;
        this.progress = progress;
        this.quality = quality;
    }

    record CommentRequest(String text) {}

    @GetMapping("/progress")
    @Operation(summary = "Segments and source words per status, and QA errors and warnings, per target locale")
    Map<String, Object> progress(@PathVariable long documentId) {
        Map<String, Object> locales = new LinkedHashMap<>();
        progress.progress(documentId).forEach(stats -> locales.put(stats.locale(), stats.json()));
        return Map.of("locales", locales);
    }

    @GetMapping("/segments")
    @Operation(summary = "The document's segments in order, with their translation in the locale")
    List<SegmentRow> segments(@PathVariable long documentId, @RequestParam String locale) {
        return translations.segments(documentId, locale);
    }

    @ApiRole(
            value = Role.TRANSLATOR,
            errors = {409})
    @PutMapping(path = "/segments/{segmentId}/translations/{locale}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write a translation (DRAFT or TRANSLATED) based on the version you read")
    SaveResult save(
            @PathVariable long documentId,
            @PathVariable long segmentId,
            @PathVariable String locale,
            @RequestBody TranslationUpdate update) {
        if (update == null) {
            throw ApiException.validation("Send {\"target\", \"status\", \"version\"} as JSON.");
        }
        return translations.save(documentId, segmentId, locale, update);
    }

    @GetMapping("/segments/{segmentId}/translations/{locale}/history")
    @Operation(summary = "Every change of the translation, newest first")
    List<HistoryEntry> history(
            @PathVariable long documentId, @PathVariable long segmentId, @PathVariable String locale) {
        return translations.history(documentId, segmentId, locale);
    }

    @ApiRole(
            value = Role.REVIEWER,
            errors = {409, 422})
    @PostMapping(
            path = "/segments/{segmentId}/translations/{locale}/review",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Approve or reject a TRANSLATED segment (REVIEWER and up); a rejection needs a comment")
    TranslationState review(
            @PathVariable long documentId,
            @PathVariable long segmentId,
            @PathVariable String locale,
            @RequestBody ReviewRequest request) {
        if (request == null) {
            throw ApiException.validation("Send {\"action\", \"comment\", \"version\"} as JSON.");
        }
        return reviews.review(documentId, segmentId, locale, request);
    }

    @ApiRole(
            value = Role.REVIEWER,
            errors = {409})
    @PostMapping(
            path = "/segments/{segmentId}/translations/{locale}/waivers",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Waive one check's findings on the current text with a written reason (REVIEWER and up)")
    WaiverResult waive(
            @PathVariable long documentId,
            @PathVariable long segmentId,
            @PathVariable String locale,
            @RequestBody WaiverRequest request) {
        if (request == null) {
            throw ApiException.validation("Send {\"check\", \"reason\", \"version\"} as JSON.");
        }
        return reviews.waive(documentId, segmentId, locale, request);
    }

    @GetMapping("/qa")
    @Operation(summary = "Every stored QA finding of the document in the locale, in document order")
    List<DocumentFinding> qa(@PathVariable long documentId, @RequestParam String locale) {
        return quality.documentFindings(documentId, locale);
    }

    @GetMapping("/segments/{segmentId}/translations/{locale}/comments")
    @Operation(summary = "The segment's comment thread in the locale, oldest first")
    List<Comment> comments(@PathVariable long documentId, @PathVariable long segmentId, @PathVariable String locale) {
        return reviews.comments(documentId, segmentId, locale);
    }

    @ApiRole(Role.TRANSLATOR)
    @PostMapping(
            path = "/segments/{segmentId}/translations/{locale}/comments",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write in the segment's comment thread")
    ResponseEntity<Comment> comment(
            @PathVariable long documentId,
            @PathVariable long segmentId,
            @PathVariable String locale,
            @RequestBody CommentRequest request) {
        Comment created = reviews.addComment(documentId, segmentId, locale, request == null ? null : request.text());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + documentId + "/segments/" + segmentId
                        + "/translations/" + locale + "/comments"))
                .body(created);
    }
}
