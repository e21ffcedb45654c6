package dev.tessera.project;

/** A source segment as other features see it. */
public record SegmentInfo(
        long id, long documentId, int position, int paragraph, boolean paragraphStart, String source) {}
