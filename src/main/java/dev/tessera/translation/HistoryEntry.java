package dev.tessera.translation;

import java.time.Instant;

/** One change in a translation's history, as the API shows it. */
public record HistoryEntry(
        String actor,
        Instant at,
        String oldTarget,
        String newTarget,
        TranslationStatus oldStatus,
        TranslationStatus newStatus,
        String comment) {}
