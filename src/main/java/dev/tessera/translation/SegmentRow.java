package dev.tessera.translation;

import dev.tessera.project.SegmentInfo;

/**
 * A source segment with its translation in one locale: what the API lists and the editor shows.
 * {@code propagated} marks a draft copied from a repetition of the same source sentence.
 */
public record SegmentRow(long id, int position, int paragraph, boolean paragraphStart, String source, String target,
        TranslationStatus status, int version, boolean propagated) {

    /** Constructor for JPQL projections, where an untranslated segment has no translation row. */
    public SegmentRow(Long id, Integer position, Integer paragraph, Boolean paragraphStart, String source,
            String target, TranslationStatus status, Integer version, Long propagatedFrom) {
        this(id, position, paragraph, paragraphStart, source, target,
                status == null ? TranslationStatus.UNTRANSLATED : status, version == null ? 0 : version,
                propagatedFrom != null);
    }

    static SegmentRow of(SegmentInfo segment, Translation translation) {
        TranslationState state = translation == null ? TranslationState.UNTRANSLATED : translation.state();
        return new SegmentRow(segment.id(), segment.position(), segment.paragraph(), segment.paragraphStart(),
                segment.source(), state.target(), state.status(), state.version(),
                translation != null && translation.propagatedFrom() != null);
    }

    public TranslationState state() {
        return new TranslationState(target, status, version);
    }
}
