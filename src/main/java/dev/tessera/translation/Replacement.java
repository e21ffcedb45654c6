package dev.tessera.translation;

/** One target that a find-and-replace would change; {@code allowed} is false where the user may not edit it. */
public record Replacement(
        long segmentId,
        int position,
        String before,
        String after,
        TranslationStatus status,
        int version,
        boolean allowed) {}
