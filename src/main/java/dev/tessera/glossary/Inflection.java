package dev.tessera.glossary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forms of a term that count as the term: its last word inflected. Possessives need no forms of their own
 * ({@code CPEC's} is {@code CPEC} followed by an apostrophe, a word boundary).
 */
public enum Inflection {

    /** The term as written. */
    NONE,
    /** English nouns and words of unknown part of speech: plurals (terrorists, policies, taxes). */
    ENGLISH_NOUN,
    /** English verbs: -s, -ed and -ing as well (consolidates, consolidated, consolidating). */
    ENGLISH_VERB,
    /** Other languages in the Latin script: a plural -s or -x (terroristes, réseaux). */
    LATIN_PLURAL;

    /** The inflection of a term in the locale with this part of speech (null when unknown). */
    public static Inflection of(String language, String partOfSpeech) {
        String pos = partOfSpeech == null ? "" : partOfSpeech.toLowerCase(Locale.ROOT);
        if ("en".equals(language)) {
            return pos.contains("verb") && !pos.contains("adverb") ? ENGLISH_VERB : ENGLISH_NOUN;
        }
        return switch (language) {
            case "fr", "es", "pt", "it", "ca", "ro", "nl", "de", "sv", "da", "no", "nb", "nn" -> LATIN_PLURAL;
            default -> NONE;
        };
    }

    /** The term (already folded) and its inflected forms; acronyms only take a plural -s. */
    List<String> forms(String term, boolean acronym) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(term);
        char last = term.charAt(term.length() - 1);
        if (this == NONE || !isLatinLetter(last)) {
            return List.copyOf(forms);
        }
        if (acronym) {
            forms.add(term + "s");
            return List.copyOf(forms);
        }
        String lower = term.toLowerCase(Locale.ROOT);
        switch (this) {
            case LATIN_PLURAL -> {
                forms.add(term + "s");
                forms.add(term + "x");
            }
            case ENGLISH_NOUN -> forms.addAll(plurals(term, lower));
            case ENGLISH_VERB -> {
                forms.addAll(plurals(term, lower));
                forms.addAll(verbForms(term, lower));
            }
            default -> {}
        }
        return List.copyOf(forms);
    }

    private static List<String> plurals(String term, String lower) {
        if (lower.endsWith("s")
                || lower.endsWith("x")
                || lower.endsWith("z")
                || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return List.of(term + "es");
        }
        if (lower.endsWith("y") && lower.length() > 1 && !isVowel(lower.charAt(lower.length() - 2))) {
            return List.of(term.substring(0, term.length() - 1) + "ies", term + "s");
        }
        return List.of(term + "s");
    }

    private static List<String> verbForms(String term, String lower) {
        int n = lower.length();
        if (lower.endsWith("e")) {
            String stem = term.substring(0, n - 1);
            return List.of(term + "d", stem + "ing");
        }
        if (lower.endsWith("y") && n > 1 && !isVowel(lower.charAt(n - 2))) {
            return List.of(term.substring(0, n - 1) + "ied", term + "ing");
        }
        boolean shortClosed = n >= 3
                && !isVowel(lower.charAt(n - 1))
                && isVowel(lower.charAt(n - 2))
                && !isVowel(lower.charAt(n - 3))
                && "wxy".indexOf(lower.charAt(n - 1)) < 0;
        if (shortClosed) {
            char last = term.charAt(n - 1);
            return List.of(term + "ed", term + "ing", term + last + "ed", term + last + "ing");
        }
        return List.of(term + "ed", term + "ing");
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
