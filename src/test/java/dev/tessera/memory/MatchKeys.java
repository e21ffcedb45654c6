package dev.tessera.memory;

import java.util.List;

/**
 * What the benchmarks outside this package need of its package-private parts: the comparison keys a match score is
 * computed on (so that an exhaustive scan can tokenize once and apply the same formula) and the candidate count of a
 * lookup.
 */
public final class MatchKeys {

    /** How many index candidates {@link MatchService} ranks per lookup ({@code -Dtessera.bench.tm.candidates=N} to try another). */
    public static final int CANDIDATES = Integer.getInteger("tessera.bench.tm.candidates", MatchService.CANDIDATES);

    private MatchKeys() {}

    /** The sentence's token keys, as {@link MatchScoring} compares them. */
    public static List<String> of(String sentence, String locale) {
        return MatchTokens.of(sentence, locale).keys();
    }
}
