package dev.tessera.qa;

import java.util.List;
import java.util.Objects;

/**
 * What the caller knows beyond one segment, passed to every check.
 *
 * @param otherTargetsOfSameSource the project's other translations (same target locale) of the same source
 *     text, not including the segment being checked; used by {@code qa.inconsistent}. Nulls are dropped.
 */
public record CheckContext(List<String> otherTargetsOfSameSource) {

    /** No context: no other translations known. */
    public static final CheckContext NONE = new CheckContext(List.of());

    public CheckContext {
        otherTargetsOfSameSource = otherTargetsOfSameSource == null
                ? List.of()
                : otherTargetsOfSameSource.stream().filter(Objects::nonNull).toList();
    }
}
