package dev.tessera.glossary;

/**
 * A term as a glossary file gives it.
 *
 * @param status null when the file says nothing (the reader decides by position in the entry)
 */
public record ParsedTerm(String locale, String text, TermStatus status, String partOfSpeech, String note) {
}
