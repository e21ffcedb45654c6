package dev.tessera.translation;

/** What a replace-all did: segments changed, left alone because approved, and skipped (changed meanwhile, or refused). */
public record ReplaceOutcome(int replaced, int skippedApproved, int skippedStale) {}
