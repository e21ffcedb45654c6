package dev.tessera.translation;

import dev.tessera.qa.Severity;

/** One stored QA finding of a document, for {@code GET /documents/{id}/qa}. */
public record DocumentIssue(long segmentId, String check, Severity severity, String message, boolean waived) {
}
