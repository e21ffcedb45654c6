package dev.tessera.translation;

import dev.tessera.project.SegmentInfo;

/** A source segment with its translation in one locale, as the API lists it. */
public record SegmentRow(long id, int position, int paragraph, String source, String target,
        TranslationStatus status, int version) {

    static SegmentRow of(SegmentInfo segment, TranslationState state) {
        return new SegmentRow(segment.id(), segment.position(), segment.paragraph(), segment.source(), state.target(),
                state.status(), state.version());
    }
}
