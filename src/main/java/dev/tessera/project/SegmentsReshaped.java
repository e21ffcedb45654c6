package dev.tessera.project;

/**
 * Two segments of a document became one, or one became two, in the caller's transaction. The features that keep
 * work on segments follow before the transaction ends: on a join, before the second segment's row goes.
 *
 * @param first the segment that stays: the joined one, or the first part of a split
 * @param second the segment that goes (a join) or the new second part (a split)
 */
public record SegmentsReshaped(long documentId, ProjectInfo project, Kind kind, long first, long second) {

    public enum Kind {
        JOINED,
        SPLIT
    }
}
