package dev.tessera.glossary;

/**
 * A term as a glossary file gives it.
 *
 * @param status null when the file says nothing (the reader decides by position in the entry)
 * @param caseSensitive null when the file says nothing: all-caps acronyms are case-sensitive, other terms not
 */
public record ParsedTerm(
        String locale, String text, TermStatus status, String partOfSpeech, String note, Boolean caseSensitive) {

    public ParsedTerm(String locale, String text, TermStatus status, String partOfSpeech, String note) {
        this(locale, text, status, partOfSpeech, note, null);
    }

    ParsedTerm withStatus(TermStatus newStatus) {
        return new ParsedTerm(locale, text, newStatus, partOfSpeech, note, caseSensitive);
    }
}
