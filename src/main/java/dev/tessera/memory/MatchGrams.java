package dev.tessera.memory;

import com.ibm.icu.lang.UScript;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The terms a memory unit's source is indexed under and a lookup asks for: character trigrams of the sentence's
 * comparison keys (so numbers and codes are placeholders and case and width are folded), and bigrams of Han, Kana
 * runs, which write no spaces. A sentence of any length has at least one term, so short strings are found too.
 */
final class MatchGrams {

    private MatchGrams() {}

    static Set<String> of(MatchTokens tokens) {
        Set<String> grams = new LinkedHashSet<>();
        StringBuilder spaced = new StringBuilder(" ");
        StringBuilder unspaced = new StringBuilder();
        boolean words = false;
        for (MatchTokens.Token token : tokens.tokens()) {
            if (isUnspaced(token.key())) {
                unspaced.append(token.key());
                continue;
            }
            flushUnspaced(unspaced, grams, spaced);
            spaced.append(token.key()).append(' ');
            words = true;
        }
        flushUnspaced(unspaced, grams, spaced);
        if (words) {
            trigrams(spaced, grams);
        }
        return grams;
    }

    /** How many of a lookup's terms a candidate must share to reach the threshold, allowing for edits. */
    static int minimumShouldMatch(int terms, int threshold) {
        double share = Math.max(0, threshold / 100.0 - 0.45);
        return Math.max(1, (int) Math.floor(terms * share));
    }

    /** A run of Han or Kana ends: its bigrams (the character itself when alone), and a gap in the spaced text. */
    private static void flushUnspaced(StringBuilder run, Set<String> grams, StringBuilder spaced) {
        if (run.isEmpty()) {
            return;
        }
        int[] characters = run.codePoints().toArray();
        if (characters.length == 1) {
            grams.add(Character.toString(characters[0]));
        }
        for (int i = 0; i + 1 < characters.length; i++) {
            grams.add(Character.toString(characters[i]) + Character.toString(characters[i + 1]));
        }
        spaced.append("\u3000 ");
        run.setLength(0);
    }

    private static void trigrams(CharSequence text, Set<String> grams) {
        int[] characters = text.codePoints().toArray();
        for (int i = 0; i + 2 < characters.length; i++) {
            grams.add(new String(characters, i, 3));
        }
    }

    private static boolean isUnspaced(String key) {
        if (key.isEmpty()) {
            return false;
        }
        int script = UScript.getScript(key.codePointAt(0));
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA;
    }
}
