package dev.tessera.exchange;

/**
 * A translation memory's match of a segment, as the XLIFF writers write it: the unit's source and target (with the
 * inline-code markers the memory keeps), Tessera's score (0–100, 101 for a CONTEXT match: the same source between
 * the same neighbours, less any penalty), its kind ({@code context}, {@code exact} or {@code fuzzy}) and the memory's
 * name.
 */
record MemoryMatch(String source, String target, int score, String kind, String origin) {}
