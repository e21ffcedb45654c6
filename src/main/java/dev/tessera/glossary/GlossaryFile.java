package dev.tessera.glossary;

import java.util.List;

/** What a glossary file holds, and what the reader passed over, each warning naming its place. */
public record GlossaryFile(List<ParsedConcept> concepts, List<String> warnings) {

    public GlossaryFile {
        concepts = List.copyOf(concepts);
        warnings = List.copyOf(warnings);
    }

    public int termCount() {
        return concepts.stream().mapToInt(concept -> concept.terms().size()).sum();
    }
}
