package dev.tessera.translation;

/** Someone wrote in a segment's comment thread in a locale; open editors of it show the thread again. */
public record CommentAdded(long documentId, String locale, long segmentId) {}
