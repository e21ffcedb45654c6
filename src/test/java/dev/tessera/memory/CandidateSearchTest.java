package dev.tessera.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.memory.MatchIndex.Candidate;
import dev.tessera.memory.MatchIndex.IndexedUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's candidate search and the ranking after it, against brute force: every unit's keys counted by hand and
 * every candidate scored.
 */
class CandidateSearchTest {

    private static final String[] WORDS = {
        "the",
        "the",
        "the",
        "a",
        "of",
        ".",
        ",",
        "river",
        "sea",
        "runs",
        "to",
        "and",
        "Tom",
        "reads",
        "old",
        "letters",
        "corridor",
        "economic",
        "CPEC",
        "road",
        "port",
        "12",
        "§",
        "is",
        "was",
        "new",
        "bridge",
        "city",
        "north"
    };

    @TempDir
    Path folder;

    @Test
    void findsExactlyTheUnitsThatShareEnoughKeysAcrossSegmentsAndDeletions() {
        Random random = new Random(42);
        Map<Long, IndexedUnit> units = new HashMap<>();
        try (MatchIndex index = new MatchIndex(folder)) {
            long id = 0;
            for (int batch = 0; batch < 6; batch++) {
                List<IndexedUnit> added = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    id++;
                    IndexedUnit unit = new IndexedUnit(
                            id, 1 + random.nextInt(3), random.nextBoolean() ? "fr" : "de", sentence(random), "en");
                    added.add(unit);
                    units.put(id, unit);
                }
                index.add(added);
                List<Long> removed = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    long gone = 1 + random.nextInt((int) id);
                    removed.add(gone);
                    units.remove(gone);
                }
                index.remove(removed);
            }
            for (int q = 0; q < 60; q++) {
                String query = sentence(random);
                int threshold = List.of(0, 30, 50, 75, 90).get(q % 5);
                Set<Long> memories = q % 2 == 0 ? Set.of(1L, 2L) : Set.of(3L);
                List<Candidate> found = index.candidates(query, "en", "fr", memories, threshold, 100_000);
                Set<Long> expected = new HashSet<>();
                units.values().stream()
                        .filter(u -> u.targetLocale().equals("fr") && memories.contains(u.memoryId()))
                        .filter(u -> qualifies(u.source(), query, threshold))
                        .forEach(u -> expected.add(u.id()));
                assertThat(found).extracting(Candidate::id).doesNotHaveDuplicates();
                assertThat(new HashSet<>(found.stream().map(Candidate::id).toList()))
                        .as("threshold %d, query %s", threshold, query)
                        .isEqualTo(expected);
                assertThat(found)
                        .isSortedAccordingTo(
                                Comparator.comparingDouble(Candidate::bound).reversed());
                for (Candidate candidate : found) {
                    int base = MatchScoring.score(candidate.source(), query, "en", List.of())
                            .base();
                    assertThat(candidate.bound() * 100 + 1e-6).isGreaterThanOrEqualTo(base);
                }
                if (found.size() > 3) {
                    assertThat(index.candidates(query, "en", "fr", memories, threshold, 3))
                            .containsExactlyElementsOf(found.subList(0, 3));
                }
            }
        }
    }

    @Test
    void rankingStopsEarlyYetKeepsWhatScoringEveryCandidateKeeps() {
        Random random = new Random(7);
        for (int q = 0; q < 200; q++) {
            String query = sentence(random);
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String source = random.nextInt(4) == 0 ? query.replace("the", "a") : sentence(random);
                candidates.add(new Candidate(i, source, bound(source, query)));
            }
            candidates.sort(Comparator.comparingDouble(Candidate::bound).reversed());
            int keep = 1 + random.nextInt(8);
            List<Integer> expected = candidates.stream()
                    .filter(c -> c.id() != 5)
                    .map(c -> MatchScoring.score(c.source(), query, "en", List.of())
                            .score())
                    .filter(score -> score >= 40)
                    .sorted(Comparator.reverseOrder())
                    .limit(keep)
                    .toList();
            assertThat(MatchRanking.rank(candidates, query, "en", 40, keep, Set.of(5L)))
                    .extracting(MatchRanking.Ranked::score)
                    .containsExactlyElementsOf(expected);
        }
    }

    private static String sentence(Random random) {
        StringBuilder sentence = new StringBuilder();
        int length = 2 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            sentence.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sentence.toString();
    }

    /** The keys shared, repeats counted up to the query's, over the longer token count. */
    private static double bound(String source, String query) {
        Map<String, Integer> ours = MatchGrams.of(MatchTokens.of(query, "en"));
        Map<String, Integer> theirs = MatchGrams.of(MatchTokens.of(source, "en"));
        int shared = 0;
        for (Map.Entry<String, Integer> key : ours.entrySet()) {
            shared += Math.min(key.getValue(), theirs.getOrDefault(key.getKey(), 0));
        }
        int n = MatchTokens.of(query, "en").tokens().size();
        int m = MatchTokens.of(source, "en").tokens().size();
        return (double) shared / Math.max(n, m);
    }

    /** The search's conditions, by hand: enough distinct keys shared, a length in the window, a bound high enough. */
    private static boolean qualifies(String source, String query, int threshold) {
        Map<String, Integer> ours = MatchGrams.of(MatchTokens.of(query, "en"));
        Map<String, Integer> theirs = MatchGrams.of(MatchTokens.of(source, "en"));
        int n = MatchTokens.of(query, "en").tokens().size();
        int m = MatchTokens.of(source, "en").tokens().size();
        long distinct = ours.keySet().stream().filter(theirs::containsKey).count();
        boolean window =
                threshold == 0 || (m >= Math.ceil(n * threshold / 100.0) && m <= Math.floor(n * 100.0 / threshold));
        return distinct >= MatchGrams.minimumShouldMatch(n, ours.size(), threshold)
                && window
                && bound(source, query) * 100 + 1e-9 >= threshold;
    }
}
