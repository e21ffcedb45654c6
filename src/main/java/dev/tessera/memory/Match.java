package dev.tessera.memory;

import dev.tessera.memory.MatchScoring.Penalty;
import dev.tessera.memory.MatchScoring.Span;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A memory unit that matches a segment, as the editor and the API show it: the percentage (101 for CONTEXT), every
 * penalty taken off it, where the unit's source differs from the segment's ({@code differences}, offsets in
 * {@code source}), and the target to insert, with the numbers that differ between the sources replaced
 * ({@code numberFixes} says which).
 */
public record Match(
        long unitId,
        String source,
        String target,
        int score,
        MatchKind kind,
        MemoryRef memory,
        @Nullable String project,
        @Nullable String changedBy,
        @Nullable Instant changedAt,
        List<Penalty> penalties,
        List<Span> differences,
        String insert,
        List<NumberFix> numberFixes) {

    /** The memory a match comes from. */
    public record MemoryRef(long id, String name) {}

    /** A number of the unit's target replaced by the segment's. */
    public record NumberFix(String from, String to) {}
}
