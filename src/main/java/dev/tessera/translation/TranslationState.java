package dev.tessera.translation;

/** What a segment holds in one locale: the API's {@code {"target","status","version"}}. */
public record TranslationState(String target, TranslationStatus status, int version) {

    public static final TranslationState UNTRANSLATED = new TranslationState(null, TranslationStatus.UNTRANSLATED, 0);
}
