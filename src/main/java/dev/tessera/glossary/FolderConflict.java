package dev.tessera.glossary;

import java.util.List;

/**
 * A glossary whose folder file changed while its database copy changed too: the file was not read, and each
 * concept (matched by its file id) that differs between the two is listed with both versions; a version is null
 * where that side lacks the concept.
 *
 * @param file the folder file, as {@code glossary/<name>.tbx}
 */
public record FolderConflict(String file, List<Difference> concepts) {

    public FolderConflict {
        concepts = List.copyOf(concepts);
    }

    public record Difference(String id, ConceptView database, ConceptView file) {}
}
