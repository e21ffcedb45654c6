package dev.tessera.translation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tessera.qa.Finding;
import dev.tessera.qa.Severity;
import dev.tessera.qa.TextSpan;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
        @JsonIgnore List<String> messageArgs,
        @JsonIgnore @Nullable TextSpan span) {

    public SegmentFinding {
        messageArgs = messageArgs == null ? List.of() : List.copyOf(messageArgs);
    }

    public SegmentFinding(
            String check,
            Severity severity,
            String message,
            boolean waived,
            String messageKey,
            List<String> messageArgs) {
        this(check, severity, message, waived, messageKey, messageArgs, null);
    }

    public SegmentFinding(String check, Severity severity, String message, boolean waived) {
        this(check, severity, message, waived, null, List.of(), null);
    }

    /** Where in the target the finding points (the language checks' findings), or absent. */
    @JsonProperty("start")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public @Nullable Integer start() {
        return span == null ? null : span.start();
    }

    @JsonProperty("end")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public @Nullable Integer end() {
        return span == null ? null : span.end();
    }

    /** What could replace the span, best first. */
    @JsonProperty("suggestions")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public @Nullable List<String> suggestions() {
        return span == null ? null : span.suggestions();
    }

    /** An unwaived ERROR: it blocks approval. */
    public boolean blocks() {
        return severity == Severity.ERROR && !waived;
    }

    /** The finding as a check reports it. */
    public Finding finding() {
        return new Finding(check, severity, message, messageKey, messageArgs, span);
    }

    /** The same finding, waived or not. */
    public SegmentFinding withWaived(boolean waived) {
        return new SegmentFinding(check, severity, message, waived, messageKey, messageArgs, span);
    }
}
