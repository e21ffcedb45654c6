package dev.tessera.glossary;

import java.util.Locale;

/**
 * How a concept is to be written at its first mention in a document ({@code glossary.first-mention}); afterwards
 * any approved term may stand. The full form of a locale is its longest approved term, the short forms the others.
 * In TBX it is a concept's {@code transferComment}: "expand on first use", or "expand on first use, then the short
 * form in brackets".
 */
public enum FirstUse {
    /** The full form, for example "corridor économique Chine-Pakistan". */
    EXPAND("expand on first use"),
    /** The full form and a short form, for example "corridor économique Chine-Pakistan (CECP)". */
    EXPAND_WITH_SHORT("expand on first use, then the short form in brackets");

    private final String transferComment;

    FirstUse(String transferComment) {
        this.transferComment = transferComment;
    }

    /** The TBX {@code transferComment} that says it. */
    public String transferComment() {
        return transferComment;
    }

    /** What a TBX {@code transferComment} or a CSV cell says, or null when it says nothing of the first use. */
    public static FirstUse read(String text) {
        if (text == null) {
            return null;
        }
        String said = text.toLowerCase(Locale.ROOT).strip();
        if (said.equals(EXPAND_WITH_SHORT.name().toLowerCase(Locale.ROOT))
                || (said.contains("first") && (said.contains("short") || said.contains("acronym")))) {
            return EXPAND_WITH_SHORT;
        }
        if (said.equals(EXPAND.name().toLowerCase(Locale.ROOT))
                || said.contains("first use")
                || said.contains("first mention")) {
            return EXPAND;
        }
        return null;
    }
}
