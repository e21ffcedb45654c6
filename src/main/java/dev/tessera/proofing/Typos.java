package dev.tessera.proofing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a word the speller does not know looks like a slip of the keyboard: a typo lies within two edits of a word
 * the speller suggests ("succes", "suspiçion", "developement"), accents and case aside. A word far from every
 * suggestion is far more often a term the dictionary lacks (a drug, a place, a borrowed word) than a misspelling,
 * and a translator who flags it anyway adds it to the project dictionary or the glossary.
 */
final class Typos {

    static final int MAX_EDITS = 2;

    /** The shortest word read as a compound, and the shortest known part of it. */
    private static final int COMPOUND = 12;

    private static final int COMPOUND_PART = 8;

    /** The shortest known word a derivation is built on ({@code planifié} in {@code replanifié}). */
    private static final int MIN_STEM = 5;

    /** Endings of an inflected form the dictionary may lack ({@code ensuivie} of {@code ensuivi}). */
    private static final Set<String> INFLECTIONS = Set.of("e", "s", "es");

    /** Prefixes that make new words of known ones (accents folded, as the words are compared). */
    private static final Set<String> PREFIXES = Set.of(
            "a", "anti", "auto", "bi", "bio", "co", "contre", "de", "dys", "eco", "hyper", "hypo", "im", "in", "inter",
            "intra", "macro", "micro", "mono", "multi", "neo", "non", "pluri", "poly", "post", "pre", "pro", "pseudo",
            "re", "retro", "semi", "sous", "super", "supra", "sur", "tele", "trans", "tri", "ultra");

    private Typos() {}

    static boolean nearAWord(String word, List<String> suggestions) {
        String plain = fold(word);
        for (String suggestion : suggestions) {
            if (withinEdits(plain, fold(suggestion), MAX_EDITS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word is made of words the speller knows, a compound, a derivation or an inflection the dictionary
     * lacks: a long word a suggestion cuts in two around a long part ("bêta coronavirus" for
     * {@code bêtacoronavirus}, "neurodéveloppement al"), a known prefix on a word ("rétro conçu", "planifié" for
     * {@code replanifié}, "vasculaire" for {@code avasculaire}), or a suggested word with a feminine or plural ending
     * ("ensuivi" for {@code ensuivie}). A typo that glues two short words ("parceque") is none of them.
     */
    static boolean madeOfWords(String word, List<String> suggestions) {
        String plain = fold(word);
        if (suggestions.stream().anyMatch(s -> fold(s).equals(plain))) {
            return false; // a slip of accents ("symptomes" for "symptômes"), whatever else is suggested
        }
        for (String suggestion : suggestions) {
            String known = fold(suggestion);
            if (known.replace(" ", "").replace("-", "").equals(plain)) {
                String[] parts = known.split("[ -]");
                if (PREFIXES.contains(parts[0])) {
                    return true;
                }
                for (String part : parts) {
                    if (plain.length() >= COMPOUND && part.length() >= COMPOUND_PART) {
                        return true;
                    }
                }
            }
            if (known.length() >= MIN_STEM && plain.length() > known.length()) {
                if (plain.startsWith(known) && INFLECTIONS.contains(plain.substring(known.length()))) {
                    return true;
                }
                if (plain.endsWith(known) && PREFIXES.contains(plain.substring(0, plain.length() - known.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower case, without accents: how words are compared here and in {@link Awareness}. */
    static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance at most {@code limit}, two rows at a time, giving up once every cell passes it. */
    static boolean withinEdits(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return false;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                best = Math.min(best, current[j]);
            }
            if (best > limit) {
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] <= limit;
    }
}
