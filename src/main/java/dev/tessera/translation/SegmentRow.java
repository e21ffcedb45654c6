package dev.tessera.translation;

import dev.tessera.glossary.TermMention;
import dev.tessera.project.CodeLabel;
import dev.tessera.qa.Severity;
import java.util.List;

/**
 * A source segment with its translation in one locale: what the API lists and the editor shows.
 * {@code propagated} marks a draft copied from a repetition of the same source sentence; {@code codes} says what
 * each inline code of the source is, by code index (empty when it has none).
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
        List<TermMention> terms,
        List<CodeLabel> codes) {

    public SegmentRow {
        issues = issues == null ? List.of() : List.copyOf(issues);
        terms = terms == null ? List.of() : List.copyOf(terms);
        codes = codes == null ? List.of() : List.copyOf(codes);
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
            String updatedBy,
            String codes) {
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
                List.of(),
                CodeLabel.of(codes));
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
                terms,
                codes);
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
                found,
                codes);
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
