package dev.tessera.glossary;

import java.util.List;

/**
 * A concept as an editor (the glossary page, a REST client) sends it: what it means and all its terms; the terms
 * replace the concept's terms. {@code firstUse}: EXPAND, EXPAND_WITH_SHORT or absent (see {@link FirstUse}).
 */
public record ConceptInput(
        String definition, String note, String domain, Boolean doNotTranslate, List<TermInput> terms, String firstUse) {

    public ConceptInput(String definition, String note, String domain, Boolean doNotTranslate, List<TermInput> terms) {
        this(definition, note, domain, doNotTranslate, terms, null);
    }

    /**
     * One term.
     *
     * @param status PREFERRED, ADMITTED or FORBIDDEN (PREFERRED when absent)
     * @param caseSensitive null for the automatic choice (all-caps acronyms only)
     */
    public record TermInput(String locale, String text, String status, Boolean caseSensitive, String partOfSpeech) {}
}
