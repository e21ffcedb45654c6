package dev.tessera.translation;

import dev.tessera.qa.Severity;

/** A stored QA finding on a segment's translation, as the API and the editor show it. */
public record SegmentFinding(String check, Severity severity, String message, boolean waived) {

    /** An unwaived ERROR: it blocks approval. */
    public boolean blocks() {
        return severity == Severity.ERROR && !waived;
    }
}
