package dev.tessera.translation;

import dev.tessera.glossary.TermMention;
import dev.tessera.project.SegmentInfo;
import dev.tessera.qa.Severity;
import java.util.List;

/**
 * A source segment with its translation in one locale: what the API lists and the editor shows.
 * {@code propagated} marks a draft copied from a repetition of the same source sentence.
 */
public record SegmentRow(
        long id,
        int position,
        int paragraph,
        boolean paragraphStart,
        String source,
        String target,
        TranslationStatus status,
        int version,
        boolean propagated,
        String updatedBy,
        List<SegmentFinding> issues,
        List<TermMention> terms) {

    public SegmentRow {
        issues = issues == null ? List.of() : List.copyOf(issues);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    public SegmentRow(
            long id,
            int position,
            int paragraph,
            boolean paragraphStart,
            String source,
            String target,
            TranslationStatus status,
            int version,
            boolean propagated) {
        this(
                id,
                position,
                paragraph,
                paragraphStart,
                source,
                target,
                status,
                version,
                propagated,
                null,
                List.of(),
                List.of());
    }

    /** Constructor for JPQL projections, where an untranslated segment has no translation row. */
    public SegmentRow(
            Long id,
            Integer position,
            Integer paragraph,
            Boolean paragraphStart,
            String source,
            String target,
            TranslationStatus status,
            Integer version,
            Long propagatedFrom,
            String updatedBy) {
        this(
                id,
                position,
                paragraph,
                paragraphStart,
                source,
                target,
                status == null ? TranslationStatus.UNTRANSLATED : status,
                version == null ? 0 : version,
                propagatedFrom != null,
                updatedBy,
                List.of(),
                List.of());
    }

    static SegmentRow of(SegmentInfo segment, Translation translation) {
        TranslationState state = translation == null ? TranslationState.UNTRANSLATED : translation.state();
        return new SegmentRow(
                segment.id(),
                segment.position(),
                segment.paragraph(),
                segment.paragraphStart(),
                segment.source(),
                state.target(),
                state.status(),
                state.version(),
                translation != null && translation.propagatedFrom() != null,
                translation == null ? null : translation.updatedBy(),
                List.of(),
                List.of());
    }

    public SegmentRow withFindings(List<SegmentFinding> found) {
        return new SegmentRow(
                id,
                position,
                paragraph,
                paragraphStart,
                source,
                target,
                status,
                version,
                propagated,
                updatedBy,
                found,
                terms);
    }

    public SegmentRow withTerms(List<TermMention> found) {
        return new SegmentRow(
                id,
                position,
                paragraph,
                paragraphStart,
                source,
                target,
                status,
                version,
                propagated,
                updatedBy,
                issues,
                found);
    }

    /** The highest severity among the unwaived issues, or null when there is none. */
    public Severity openSeverity() {
        Severity worst = null;
        for (SegmentFinding issue : issues) {
            if (!issue.waived() && (worst == null || issue.severity().compareTo(worst) < 0)) {
                worst = issue.severity();
            }
        }
        return worst;
    }

    public TranslationState state() {
        return new TranslationState(target, status, version);
    }
}
