package dev.tessera.translation;

/** The workflow of one target segment (DESIGN.md, Domain). */
public enum TranslationStatus {
    UNTRANSLATED,
    DRAFT,
    TRANSLATED,
    REJECTED,
    APPROVED;

    /** Finished work: what a text export may publish. */
    public boolean isFinished() {
        return this == TRANSLATED || this == APPROVED;
    }
}
