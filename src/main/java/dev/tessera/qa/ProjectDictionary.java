package dev.tessera.qa;

/**
 * A project's dictionary per target locale as other features' screens reach it: the editor's "Add to dictionary" on
 * a spelling finding. The proofing feature keeps the dictionaries.
 */
public interface ProjectDictionary {

    /**
     * Adds the word to the project's dictionary for the locale (TRANSLATOR and up, on a locale they write); the
     * project's targets holding it are proofread again.
     *
     * @return false when the dictionary had it already
     * @throws dev.tessera.shared.ApiException for a word that is not one word, or a locale the project lacks
     */
    boolean addWord(String projectSlug, String locale, String word);
}
