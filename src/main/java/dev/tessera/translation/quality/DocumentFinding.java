package dev.tessera.translation.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tessera.qa.Severity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One stored QA finding of a document, for {@code GET /documents/{id}/qa}; the language checks' findings add where in
 * the target they point and what could replace that span.
 */
public record DocumentFinding(
        long segmentId,
        String check,
        Severity severity,
        String message,
        boolean waived,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer start,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer end,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> suggestions) {}
