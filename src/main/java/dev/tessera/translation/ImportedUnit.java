package dev.tessera.translation;

import dev.tessera.translation.review.IssueRequest;
import java.util.List;

/**
 * One unit of a file coming back into its document: the segment it names, the version it was exported at and what
 * it asks for.
 *
 * @param segmentId null when the unit's id names no segment
 * @param version   the translation's version the file was made from, null when the file does not say
 * @param source    the unit's source text, which must still be the segment's
 * @param target    null when the unit has no target
 * @param issues    the review issues the file carries on the target, filed when a reviewer imports it
 */
public record ImportedUnit(
        String unitId,
        Long segmentId,
        Integer version,
        String source,
        String target,
        Intent intent,
        List<IssueRequest> issues) {

    public ImportedUnit(String unitId, Long segmentId, Integer version, String source, String target, Intent intent) {
        this(unitId, segmentId, version, source, target, intent, List.of());
    }

    /** What the unit's state asks of a target (the XLIFF state mapping is the exchange feature's). */
    public enum Intent {
        /** Work in progress ({@code new}, {@code needs-translation}, {@code initial}): a changed target is a DRAFT. */
        IN_PROGRESS,
        /** Explicitly {@code translated}: a changed target is TRANSLATED, and an unchanged draft is confirmed. */
        TRANSLATED,
        /** Any other state, or none: a changed target is TRANSLATED; an unchanged one is left as it is. */
        UNSPECIFIED,
        /** Approved, {@code signed-off}, {@code final}, {@code reviewed}: APPROVED when the importer may approve. */
        APPROVED
    }
}
