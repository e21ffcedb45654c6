package dev.tessera.translation;

import dev.tessera.qa.Severity;
import java.util.EnumSet;
import java.util.Set;

/** The editor's QA filter: every segment, or only those with open (unwaived) issues of a severity, or clean ones. */
public enum QaFilter {
    ANY,
    ERRORS,
    WARNINGS,
    ISSUES,
    CLEAN;

    /** The severities a row must have open to pass; empty for ANY and CLEAN. */
    Set<Severity> severities() {
        return switch (this) {
            case ERRORS -> EnumSet.of(Severity.ERROR);
            case WARNINGS -> EnumSet.of(Severity.WARNING);
            case ISSUES -> EnumSet.allOf(Severity.class);
            case ANY, CLEAN -> EnumSet.noneOf(Severity.class);
        };
    }

    boolean accepts(SegmentRow row) {
        return switch (this) {
            case ANY -> true;
            case CLEAN -> row.openSeverity() == null;
            default ->
                row.issues().stream().anyMatch(i -> !i.waived() && severities().contains(i.severity()));
        };
    }
}
