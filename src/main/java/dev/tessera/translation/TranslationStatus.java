package dev.tessera.translation;

import java.util.EnumSet;
import java.util.Set;

/** The workflow of one target segment (DESIGN.md, Domain). */
public enum TranslationStatus {
    UNTRANSLATED,
    DRAFT,
    TRANSLATED,
    REJECTED,
    APPROVED,
    /** Signed off in a second review step, where the project has one. */
    SIGNED_OFF;

    /** Finished work: what a text export may publish. */
    public boolean isFinished() {
        return this == TRANSLATED || isApproved();
    }

    /**
     * What an export publishes as finished: TRANSLATED and beyond, or with {@code approvedOnly} APPROVED and beyond,
     * which in a project with a second review step means SIGNED_OFF.
     */
    public static Set<TranslationStatus> published(boolean approvedOnly, boolean secondReview) {
        if (!approvedOnly) {
            return EnumSet.of(TRANSLATED, APPROVED, SIGNED_OFF);
        }
        return secondReview ? EnumSet.of(SIGNED_OFF) : EnumSet.of(APPROVED, SIGNED_OFF);
    }

    /** Approved, or approved and then signed off: a translator can no longer change it. */
    public boolean isApproved() {
        return this == APPROVED || this == SIGNED_OFF;
    }
}
