package dev.tessera.translation;

import dev.tessera.shared.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/documents/{documentId}/segments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Segments and translations")
class TranslationApi {

    private final TranslationService translations;

    TranslationApi(TranslationService translations) {
        this.translations = translations;
    }

    @GetMapping
    @Operation(summary = "The document's segments in order, with their translation in the locale")
    List<SegmentRow> segments(@PathVariable long documentId, @RequestParam String locale) {
        return translations.segments(documentId, locale);
    }

    @PutMapping(path = "/{segmentId}/translations/{locale}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write a translation (DRAFT or TRANSLATED) based on the version you read")
    SaveResult save(@PathVariable long documentId, @PathVariable long segmentId, @PathVariable String locale,
            @RequestBody TranslationUpdate update) {
        if (update == null) {
            throw ApiException.validation("Send {\"target\", \"status\", \"version\"} as JSON.");
        }
        return translations.save(documentId, segmentId, locale, update);
    }

    @GetMapping("/{segmentId}/translations/{locale}/history")
    @Operation(summary = "Every change of the translation, newest first")
    List<HistoryEntry> history(@PathVariable long documentId, @PathVariable long segmentId,
            @PathVariable String locale) {
        return translations.history(documentId, segmentId, locale);
    }
}
