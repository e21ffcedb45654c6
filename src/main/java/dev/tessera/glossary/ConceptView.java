package dev.tessera.glossary;

import java.util.List;

/** A concept as the API lists it. */
public record ConceptView(
        Long id,
        String externalId,
        String definition,
        String note,
        String domain,
        boolean doNotTranslate,
        FirstUse firstUse,
        List<TermView> terms) {

    public ConceptView(
            Long id,
            String externalId,
            String definition,
            String note,
            String domain,
            boolean doNotTranslate,
            List<TermView> terms) {
        this(id, externalId, definition, note, domain, doNotTranslate, null, terms);
    }
}
