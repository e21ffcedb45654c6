package dev.tessera.glossary;

/** A glossary with its totals. */
public record GlossarySummary(long id, String name, long concepts, long terms) {}
