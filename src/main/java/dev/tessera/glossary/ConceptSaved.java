package dev.tessera.glossary;

import java.util.List;

/** A saved concept, and the segments whose glossary findings changed with it. */
public record ConceptSaved(ConceptView concept, List<AffectedSegment> affected) {

    public ConceptSaved {
        affected = List.copyOf(affected);
    }
}
