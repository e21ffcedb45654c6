package dev.tessera.translation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.tessera.qa.Finding;
import dev.tessera.qa.Severity;
import java.util.List;

/**
 * A stored QA finding on a segment's translation, as the API and the editor show it: the English {@code message},
 * and for the screens its {@code messageKey} in the bundles ({@code qa-message.<key>}, null when there is none) with
 * its {@code messageArgs} (for the screens only: the API answers the English message).
 */
public record SegmentFinding(
        String check,
        Severity severity,
        String message,
        boolean waived,
        @JsonIgnore String messageKey,
        @JsonIgnore List<String> messageArgs) {

    public SegmentFinding {
        messageArgs = messageArgs == null ? List.of() : List.copyOf(messageArgs);
    }

    public SegmentFinding(String check, Severity severity, String message, boolean waived) {
        this(check, severity, message, waived, null, List.of());
    }

    /** An unwaived ERROR: it blocks approval. */
    public boolean blocks() {
        return severity == Severity.ERROR && !waived;
    }

    /** The finding as a check reports it. */
    public Finding finding() {
        return new Finding(check, severity, message, messageKey, messageArgs);
    }

    /** The same finding, waived or not. */
    public SegmentFinding withWaived(boolean waived) {
        return new SegmentFinding(check, severity, message, waived, messageKey, messageArgs);
    }
}
