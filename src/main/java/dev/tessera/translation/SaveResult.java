package dev.tessera.translation;

import java.util.List;

/**
 * The translation after a write, how many repetitions of its source received it as a draft, and its QA issues
 * after the write.
 */
public record SaveResult(
        String target, TranslationStatus status, int version, int propagated, List<SegmentFinding> issues) {

    static SaveResult of(TranslationState state, int propagated, List<SegmentFinding> issues) {
        return new SaveResult(state.target(), state.status(), state.version(), propagated, List.copyOf(issues));
    }

    /** The same write with its issues as they stand now. */
    SaveResult withIssues(List<SegmentFinding> now) {
        return new SaveResult(target, status, version, propagated, List.copyOf(now));
    }

    public TranslationState state() {
        return new TranslationState(target, status, version);
    }
}
