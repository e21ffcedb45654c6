package dev.tessera.translation;

/** What a replace-all did: segments changed, left alone because approved, and skipped as changed meanwhile. */
public record ReplaceOutcome(int replaced, int skippedApproved, int skippedStale) {
}
