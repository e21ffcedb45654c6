package dev.tessera.qa;

/**
 * What the language checks know of a project changed (a word added to or removed from its dictionary): the
 * project's targets in the locale that hold {@code word} must be proofread again.
 *
 * @param word the word, or null when every target of the locale must be proofread again
 */
public record ProofingChanged(long projectId, String locale, String word) {}
