package dev.tessera.translation.review;

/**
 * The MQM core categories a reviewer files an issue under, with the ITS 2.0 {@code locQualityIssueType} that carries
 * each in XLIFF and, where one fits, the XLIFF 1.2 {@code state-qualifier} of a rejection.
 */
public enum IssueCategory {
    MISTRANSLATION("accuracy", "mistranslation", "rejected-inaccurate"),
    OMISSION("accuracy", "omission", "rejected-inaccurate"),
    ADDITION("accuracy", "addition", "rejected-inaccurate"),
    UNTRANSLATED("accuracy", "untranslated", "rejected-inaccurate"),
    GRAMMAR("fluency", "grammar", "rejected-grammar"),
    SPELLING("fluency", "misspelling", "rejected-spelling"),
    PUNCTUATION("fluency", "typographical", null),
    TERMINOLOGY("terminology", "terminology", null),
    STYLE("style", "style", null),
    LOCALE_CONVENTION("locale-convention", "locale-violation", null),
    MARKUP("design", "markup", null);

    private final String dimension;
    private final String itsType;
    private final String stateQualifier;

    IssueCategory(String dimension, String itsType, String stateQualifier) {
        this.dimension = dimension;
        this.itsType = itsType;
        this.stateQualifier = stateQualifier;
    }

    /** MQM's top-level dimension: accuracy, fluency, terminology, style, locale-convention or design. */
    public String dimension() {
        return dimension;
    }

    public String itsType() {
        return itsType;
    }

    /** The XLIFF 1.2 state-qualifier of a rejection for this category, or null when none fits. */
    public String stateQualifier() {
        return stateQualifier;
    }
}
