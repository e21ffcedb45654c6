package dev.tessera.project;

/**
 * A segment joined with the next one.
 *
 * @param abbreviation the abbreviation the first part ended with ("Amb."), which the segmenter took for a sentence
 *     end: a manager may have the project remember it; null when the first part ended otherwise
 */
public record JoinedSegment(
        long id,
        long documentId,
        int position,
        int paragraph,
        boolean paragraphStart,
        String source,
        String abbreviation) {}
