package dev.tessera.glossary;

import java.util.Set;

/**
 * Published inside the changing transaction when terms of a glossary changed (an import, an edit, a deletion), so
 * that the term index forgets what it built from the old terms.
 *
 * @param conceptIds the concepts whose terms changed; empty when the change is not tied to concepts
 */
public record TermChanged(long glossaryId, Set<Long> conceptIds) {

    public TermChanged {
        conceptIds = Set.copyOf(conceptIds);
    }
}
