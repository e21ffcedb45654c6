package dev.tessera.proofing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Whether a word the speller does not know looks like a slip of the keyboard: a typo lies within two edits of a word
 * the speller suggests ("succes", "suspiçion", "developement"), accents and case aside. A word far from every
 * suggestion is far more often a term the dictionary lacks (a drug, a place, a borrowed word) than a misspelling,
 * and a translator who flags it anyway adds it to the project dictionary or the glossary.
 */
final class Typos {

    static final int MAX_EDITS = 2;

    private Typos() {}

    static boolean nearAWord(String word, List<String> suggestions) {
        String plain = plain(word);
        for (String suggestion : suggestions) {
            if (withinEdits(plain, plain(suggestion), MAX_EDITS)) {
                return true;
            }
        }
        return false;
    }

    private static String plain(String word) {
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
