package dev.tessera.translation;

/** A source segment with its translation in one locale, as the API lists it. */
public record SegmentRow(long id, int position, int paragraph, String source, String target,
        TranslationStatus status, int version) {

    /** Constructor for the JPQL projection, where an untranslated segment has no translation row. */
    public SegmentRow(Long id, Integer position, Integer paragraph, String source, String target,
            TranslationStatus status, Integer version) {
        this(id.longValue(), position.intValue(), paragraph.intValue(), source, target,
                status == null ? TranslationStatus.UNTRANSLATED : status, version == null ? 0 : version.intValue());
    }
}
