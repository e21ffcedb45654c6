package dev.tessera.glossary;

/** How a term may be used in its locale: the approved rendering, an accepted alternative, or one never to use. */
public enum TermStatus {
    PREFERRED,
    ADMITTED,
    FORBIDDEN
}
