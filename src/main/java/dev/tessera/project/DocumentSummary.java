package dev.tessera.project;

/** A document as the API lists it. */
/**
 * A document as lists show it.
 *
 * @param format the format it arrived in: {@code text}, {@code html}, {@code markdown}, {@code docx} or
 *               {@code xliff}
 */
public record DocumentSummary(long id, String name, int segmentCount, String format) {}
