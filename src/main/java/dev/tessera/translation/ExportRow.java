package dev.tessera.translation;

import java.time.Instant;
import java.util.List;

/**
 * A segment with its translation in one locale, as an export writes it.
 *
 * @param createdBy who first changed the translation (null when untranslated)
 * @param createdAt when it was first changed (null when untranslated)
 * @param comments the segment's comment thread in the locale, oldest first
 * @param codes    the segment's inline codes as the exchange feature stored them, null when it has none
 */
public record ExportRow(
        long segmentId,
        int position,
        int paragraph,
        String source,
        String target,
        TranslationStatus status,
        int version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        List<Comment> comments,
        String codes) {

    public ExportRow {
        comments = List.copyOf(comments);
    }
}
