package dev.tessera.segmentation;

/**
 * A segment of a document. position: 1-based in document order. paragraph: 1-based index of the non-empty (not
 * whitespace-only) source line it comes from. start/end: UTF-16 offsets into the whole document text, end exclusive;
 * text equals document.substring(start, end), with the sentence's surrounding whitespace excluded.
 */
public record SourceSegment(int position, int paragraph, int start, int end, String text) {}
