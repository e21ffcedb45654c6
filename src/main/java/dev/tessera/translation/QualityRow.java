package dev.tessera.translation;

/** A translation with its source, as the stored QA checks it. */
public record QualityRow(
        long translationId, long documentId, long segmentId, String source, String target, TranslationStatus status) {}
