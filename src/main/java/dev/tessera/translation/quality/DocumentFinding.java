package dev.tessera.translation.quality;

import dev.tessera.qa.Severity;

/** One stored QA finding of a document, for {@code GET /documents/{id}/qa}. */
public record DocumentFinding(long segmentId, String check, Severity severity, String message, boolean waived) {}
