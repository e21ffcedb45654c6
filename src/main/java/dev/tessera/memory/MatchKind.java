package dev.tessera.memory;

/** How a memory unit matches a segment: with the same source and neighbours, the same source, or a similar one. */
public enum MatchKind {
    CONTEXT,
    EXACT,
    FUZZY
}
