package dev.tessera.glossary;

import java.util.List;

/**
 * A concept as a glossary file gives it: its id in the file (null when it has none), what it means, and its
 * terms in every locale, each with a status (the first term of a locale without one is PREFERRED, later ones
 * ADMITTED). {@code doNotTranslate}: the term stays as it is in every language (TBX: a {@code transferComment}
 * saying "do not translate"). {@code firstUse}: how the concept is written at its first mention in a document, or
 * null.
 */
public record ParsedConcept(
        String id,
        String definition,
        String note,
        String domain,
        List<ParsedTerm> terms,
        boolean doNotTranslate,
        FirstUse firstUse) {

    public ParsedConcept {
        terms = List.copyOf(terms);
    }

    public ParsedConcept(
            String id, String definition, String note, String domain, List<ParsedTerm> terms, boolean doNotTranslate) {
        this(id, definition, note, domain, terms, doNotTranslate, null);
    }

    public ParsedConcept(String id, String definition, String note, String domain, List<ParsedTerm> terms) {
        this(id, definition, note, domain, terms, false);
    }
}
