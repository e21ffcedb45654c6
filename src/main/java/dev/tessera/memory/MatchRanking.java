package dev.tessera.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The index's candidates rescored by {@link MatchScoring}, the best few kept. The candidates come in order of their
 * bound (the keys they share over the longer length, never below the base score, which is never below the score), so
 * once a bound falls below the worst score kept, no later candidate can be kept and the rest are not scored: a lookup
 * with a close match scores a handful of units, not every candidate.
 */
public final class MatchRanking {

    /** A unit and its score, before the unit's and its memory's own penalties. */
    public record Ranked(long id, int score) {}

    private static final double ROUNDING = 1e-3;

    private MatchRanking() {}

    /**
     * How many units a lookup for {@code limit} matches ranks: more than the limit, as the units' and memories' own
     * penalties and units with the same texts can still reorder or drop some.
     */
    public static int keepFor(int limit) {
        return limit * 4 + 10;
    }

    /** At most {@code keep} of the candidates not in {@code skip} that reach the threshold, best first. */
    public static List<Ranked> rank(
            List<MatchIndex.Candidate> candidates,
            String source,
            String locale,
            int threshold,
            int keep,
            Set<Long> skip) {
        MatchTokens ours = MatchTokens.of(source, locale);
        PriorityQueue<Ranked> kept = new PriorityQueue<>(Comparator.comparingInt(Ranked::score));
        for (MatchIndex.Candidate candidate : candidates) {
            int bound = (int) Math.floor(candidate.bound() * 100 + ROUNDING);
            if (bound < threshold
                    || (kept.size() == keep && bound <= kept.peek().score())) {
                break;
            }
            if (skip.contains(candidate.id())) {
                continue;
            }
            String theirs = candidate.source();
            int score = MatchScoring.score(theirs, MatchTokens.of(theirs, locale), source, ours, List.of())
                    .score();
            if (score >= threshold && (kept.size() < keep || score > kept.peek().score())) {
                kept.add(new Ranked(candidate.id(), score));
                if (kept.size() > keep) {
                    kept.poll();
                }
            }
        }
        List<Ranked> best = new ArrayList<>(kept);
        best.sort(Comparator.comparingInt(Ranked::score).reversed());
        return best;
    }
}
