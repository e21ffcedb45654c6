package dev.tessera.memory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The terms a memory unit's source is indexed under and a lookup asks for: the comparison keys of its
 * {@link MatchTokens}, the very items {@link MatchScoring} counts edits of (words folded for case and width, every
 * number {@code #}, every code {@code §}, each Han or Kana character on its own). That makes the index's filter exact:
 * a unit can reach a threshold only if it shares enough of the sentence's keys and its length is near enough, and a
 * lookup asks for precisely that (see {@link #minimumShouldMatch}), so no unit that could reach the threshold is left
 * out by the filter, and the frequent keys ("the", ".") cost little because most of the rare ones must match.
 */
final class MatchGrams {

    private MatchGrams() {}

    /** The distinct keys of the sentence with how often each occurs, in order of first occurrence. */
    static Map<String, Integer> of(MatchTokens tokens) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        for (MatchTokens.Token token : tokens.tokens()) {
            terms.merge(token.key(), 1, Integer::sum);
        }
        return terms;
    }

    /**
     * How many of a lookup's distinct keys a unit must share to reach the threshold. A unit whose base score is at
     * least {@code t} against a sentence of {@code n} tokens has at least {@code n × t / 100} tokens aligned unchanged
     * (an edit script of {@code d} operations leaves at least {@code max(n, m) − d} of them), so it shares at least
     * {@code ⌈n × t / 100⌉} tokens with the sentence counting repeats, and at least that less the sentence's repeats
     * ({@code n − terms}) as distinct keys. Never less than one.
     */
    static int minimumShouldMatch(int tokens, int terms, int threshold) {
        int shared = (tokens * threshold + 99) / 100;
        return Math.max(1, shared - (tokens - terms));
    }
}
