package dev.tessera.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.memory.MatchIndex;
import dev.tessera.memory.MatchIndex.Candidate;
import dev.tessera.memory.MatchIndex.IndexedUnit;
import dev.tessera.memory.MatchKeys;
import dev.tessera.memory.MatchRanking;
import dev.tessera.memory.MatchScoring;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translation memory issue's figures at the algorithm level (no Spring, no database): a memory of a million units
 * made of the corpora's real sentences, recombined and varied, in a {@link MatchIndex}; a thousand lookups (half
 * sentences held apart from the memory, half edited variants of its units), each the index's candidates ranked by
 * {@link MatchRanking} as {@code MatchService} does it; and the exhaustive baseline, every unit scored by the same
 * formula, whose best the index's best is compared with. Runs only in the benchmark profile:
 * {@code mvn -Pbench test -Dtest=MemoryBenchmarkTest -Dtessera.corpora=../shared/corpora}. It measures; it asserts
 * only that the work was done.
 *
 * <p>{@code -Dtessera.bench.tm.units=N} and {@code -Dtessera.bench.tm.scanQueries=N} make it smaller;
 * {@code -Dtessera.bench.tm.slowest=true} prints the fifteen slowest lookups.
 */
@Tag("bench")
class MemoryBenchmarkTest {

    static final int UNITS = Integer.getInteger("tessera.bench.tm.units", 1_000_000);
    static final int QUERIES = 1000;
    static final int SCAN_QUERIES = Math.min(QUERIES, Integer.getInteger("tessera.bench.tm.scanQueries", QUERIES));
    static final int THRESHOLD = 50;
    static final int TOP = 5;
    static final String LOCALE = "en";
    static final String TARGET = "zh-Hans";
    static final long MEMORY = 1;

    @TempDir
    Path folder;

    record Query(String text, boolean heldApart) {}

    /** A lookup's result: the best score (0 when nothing reached the threshold), candidates seen, the top ones. */
    record Lookup(int best, int candidates, List<Integer> top) {}

    /** The memory's sources (unit i has id i + 1), their index by text, the queries and the warm-up queries. */
    record Data(
            MemoryCorpus corpus,
            List<String> sources,
            Map<String, Integer> byText,
            int repeated,
            List<Query> queries,
            List<String> warmUp) {

        static Data generate(int units) {
            MemoryCorpus corpus = MemoryCorpus.load(MemoryCorpus.folder(), QUERIES / 2, 14);
            Random random = new Random(1914);
            List<String> sources = new ArrayList<>(units);
            Map<String, Integer> byText = new HashMap<>(units * 2);
            for (MemoryCorpus.Sentence sentence : corpus.pool) {
                if (sources.size() < units && byText.putIfAbsent(sentence.en(), sources.size()) == null) {
                    sources.add(sentence.en());
                }
            }
            int repeated = 0;
            while (sources.size() < units) {
                String source = corpus.unit(random, false).en();
                if (byText.putIfAbsent(source, sources.size()) == null) {
                    sources.add(source);
                } else {
                    repeated++;
                }
            }
            List<Query> queries = new ArrayList<>();
            corpus.heldApart.forEach(s -> queries.add(new Query(s.en(), true)));
            while (queries.size() < QUERIES) {
                queries.add(new Query(corpus.edit(sources.get(random.nextInt(units)), random), false));
            }
            Collections.shuffle(queries, random);
            List<String> warmUp = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                warmUp.add(corpus.edit(sources.get(random.nextInt(units)), random));
            }
            return new Data(corpus, sources, byText, repeated, queries, warmUp);
        }
    }

    @Test
    void oneMillionUnits() throws Exception {
        Data data = Data.generate(UNITS);
        MemoryCorpus corpus = data.corpus();
        List<String> sources = data.sources();
        Map<String, Integer> byText = data.byText();
        List<Query> queries = data.queries();
        List<String> warmUp = data.warmUp();
        int repeated = data.repeated();
        double averageChars =
                sources.stream().mapToInt(String::length).average().orElse(0);
        long heapBefore = heapAfterGc();

        // The index, built as the server rebuilds it, then closed (waiting for its merges) and opened again.
        Path indexFolder = folder.resolve("index");
        long started = System.nanoTime();
        MatchIndex building = new MatchIndex(indexFolder);
        building.rebuild(units(sources));
        long built = System.nanoTime() - started;
        long bytesBuilt = building.bytesOnDisk();
        building.close();
        long closed = System.nanoTime() - started;
        try (MatchIndex index = new MatchIndex(indexFolder)) {
            long bytes = index.bytesOnDisk();
            assertThat(index.countAndIdSum()[0]).isEqualTo(UNITS);
            warmUp.forEach(q -> lookup(index, byText, q));
            long heapWithIndex = heapAfterGc();

            List<Long> nanos = new ArrayList<>();
            List<Lookup> found = new ArrayList<>();
            for (Query query : queries) {
                long start = System.nanoTime();
                found.add(lookup(index, byText, query.text()));
                nanos.add(System.nanoTime() - start);
            }
            if (Boolean.getBoolean("tessera.bench.tm.slowest")) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < QUERIES; i++) {
                    order.add(i);
                }
                order.sort((x, y) -> Long.compare(nanos.get(y), nanos.get(x)));
                for (int i : order.subList(0, 15)) {
                    System.out.printf(
                            "slow %.1f ms %s best %d candidates %d tokens %d: %s%n",
                            nanos.get(i) / 1e6,
                            queries.get(i).heldApart() ? "held" : "edited",
                            found.get(i).best(),
                            found.get(i).candidates(),
                            MatchKeys.of(queries.get(i).text(), LOCALE).size(),
                            queries.get(i).text());
                }
            }
            double[] threaded = throughput(index, byText, queries, 4);

            // The exhaustive baseline: every unit's keys computed once, then the same formula for every unit.
            long tokenizing = System.nanoTime();
            Map<String, Integer> ids = new HashMap<>();
            int[][] keys = new int[UNITS][];
            for (int i = 0; i < UNITS; i++) {
                keys[i] = ids(MatchKeys.of(sources.get(i), LOCALE), ids);
            }
            tokenizing = System.nanoTime() - tokenizing;
            List<Long> scanNanos = new ArrayList<>();
            int agree = 0;
            int agreeHeld = 0;
            int heldCount = 0;
            int withMatch = 0;
            int agreeWithMatch = 0;
            int indexBetter = 0;
            List<String> misses = new ArrayList<>();
            List<Integer> shortfall = new ArrayList<>();
            for (int q = 0; q < SCAN_QUERIES; q++) {
                Query query = queries.get(q);
                long start = System.nanoTime();
                int[] best = scan(keys, sources, ids, query.text());
                scanNanos.add(System.nanoTime() - start);
                int scanBest = best[0] >= THRESHOLD ? best[0] : 0;
                int indexBest = found.get(q).best();
                boolean same = scanBest == indexBest;
                if (same) {
                    agree++;
                } else {
                    shortfall.add(scanBest - indexBest);
                    if (indexBest > scanBest) {
                        indexBetter++;
                    }
                    if (misses.size() < 12) {
                        misses.add("%s query \"%s\": scan %d (\"%s\"), index %d of %d candidates"
                                .formatted(
                                        query.heldApart() ? "held-apart" : "edited",
                                        query.text(),
                                        scanBest,
                                        best[1] < 0 ? "" : sources.get(best[1]),
                                        indexBest,
                                        found.get(q).candidates()));
                    }
                }
                if (query.heldApart()) {
                    heldCount++;
                    agreeHeld += same ? 1 : 0;
                }
                if (scanBest > 0) {
                    withMatch++;
                    agreeWithMatch += same ? 1 : 0;
                }
            }
            long scanFullScore = fullScoreScan(sources, queries.getFirst().text(), 20_000);

            int full = (int) found.stream()
                    .filter(l -> l.candidates() >= MatchKeys.CANDIDATES)
                    .count();
            System.out.println();
            System.out.printf(
                    "| translation memory benchmark (algorithm level, %,d units, %,d corpus sentences: %,d Tatoeba,"
                            + " %,d TICO-19; %,d held apart) | figure | target |%n",
                    UNITS,
                    corpus.pool.size() + corpus.heldApart.size(),
                    corpus.tatoebaSentences,
                    corpus.ticoSentences,
                    corpus.heldApart.size());
            System.out.println("|---|---|---|");
            System.out.printf(
                    "| units: distinct sources (%,d repeats drawn and dropped), average length | %,d, %.0f chars | — |%n",
                    repeated, UNITS, averageChars);
            System.out.printf(
                    "| build the index (MatchIndex.rebuild, one thread) | %,.0f units/s (%.0f s; %.0f s with the"
                            + " closing merges, %,.0f units/s) | — |%n",
                    UNITS * 1e9 / built, built / 1e9, closed / 1e9, UNITS * 1e9 / closed);
            System.out.printf(
                    "| index size on disk | %.0f MB (%.0f MB before the closing merges) | — |%n",
                    bytes / 1e6, bytesBuilt / 1e6);
            System.out.printf(
                    "| heap after GC: the open index (searcher warm) / the whole JVM | %.0f MB / %.0f MB"
                            + " (the benchmark's own %,d strings included) | — |%n",
                    (heapWithIndex - heapBefore) / 1e6, heapWithIndex / 1e6, UNITS);
            System.out.printf(
                    "| lookup of the top %d (candidates(threshold %d, %d) + MatchRanking), one thread, %,d queries:"
                            + " p50 / p95 / p99 / max | %.1f / %.1f / %.1f / %.1f ms | p50 ≤ 10 ms, p95 ≤ 50 ms |%n",
                    TOP,
                    THRESHOLD,
                    MatchKeys.CANDIDATES,
                    QUERIES,
                    percentile(nanos, 50) / 1e6,
                    percentile(nanos, 95) / 1e6,
                    percentile(nanos, 99) / 1e6,
                    percentile(nanos, 100) / 1e6);
            System.out.printf(
                    "| throughput, 4 threads on 2 cores, the %,d lookups again | %,.0f lookups/s (one thread: %,.0f/s"
                            + " from the mean latency); p95 under 4 threads %.1f ms | — |%n",
                    QUERIES,
                    threaded[0],
                    1e9 / nanos.stream().mapToLong(Long::longValue).average().orElse(1),
                    threaded[1] / 1e6);
            System.out.printf(
                    "| lookups whose candidates filled the limit of %d | %d of %,d | — |%n",
                    MatchKeys.CANDIDATES, full, QUERIES);
            System.out.printf(
                    "| best match = the exhaustive scan's best (scores; none ≥ %d in both counts as the same),"
                            + " %,d queries | %.1f %% (held apart %.1f %% of %d, edited %.1f %% of %d; %.1f %% of the"
                            + " %d with a match ≥ %d) | ≥ 95 %% |%n",
                    THRESHOLD,
                    SCAN_QUERIES,
                    100.0 * agree / SCAN_QUERIES,
                    100.0 * agreeHeld / Math.max(1, heldCount),
                    heldCount,
                    100.0 * (agree - agreeHeld) / Math.max(1, SCAN_QUERIES - heldCount),
                    SCAN_QUERIES - heldCount,
                    100.0 * agreeWithMatch / Math.max(1, withMatch),
                    withMatch,
                    THRESHOLD);
            System.out.printf(
                    "| exhaustive scan per query over keys tokenized once (%.0f s for all %,d units): p50 / p95 |"
                            + " %.0f / %.0f ms | — |%n",
                    tokenizing / 1e9, UNITS, percentile(scanNanos, 50) / 1e6, percentile(scanNanos, 95) / 1e6);
            System.out.printf(
                    "| exhaustive scan with MatchScoring.score on every unit (timed on 20,000 units, scaled) | %.0f s"
                            + " per query | — |%n",
                    scanFullScore * (double) UNITS / 20_000 / 1e9);
            System.out.println();
            System.out.println("Disagreements: " + shortfall.size() + " (index better: " + indexBetter
                    + "; points short: " + shortfall.stream().sorted().toList() + ")");
            misses.forEach(m -> System.out.println("  " + m));
            System.out.println();
            assertThat(found).hasSize(QUERIES);
        }
    }

    private static Iterator<IndexedUnit> units(List<String> sources) {
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < sources.size();
            }

            @Override
            public IndexedUnit next() {
                int i = next++;
                return new IndexedUnit(i + 1, MEMORY, TARGET, sources.get(i), LOCALE);
            }
        };
    }

    /**
     * What {@code MatchService.find} does besides reading the rows: an exact match by the text (the service asks the
     * database by hash), the index's candidates, each rescored, the best few kept.
     */
    static Lookup lookup(MatchIndex index, Map<String, Integer> byText, String query) {
        List<Integer> scores = new ArrayList<>();
        Integer exact = byText.get(query);
        if (exact != null) {
            scores.add(100);
        }
        List<Candidate> candidates =
                index.candidates(query, LOCALE, TARGET, Set.of(MEMORY), THRESHOLD, MatchKeys.CANDIDATES);
        Set<Long> skip = exact == null ? Set.of() : Set.of(exact + 1L);
        MatchRanking.rank(candidates, query, LOCALE, THRESHOLD, MatchRanking.keepFor(TOP), skip)
                .forEach(ranked -> scores.add(ranked.score()));
        scores.sort(Collections.reverseOrder());
        List<Integer> top = List.copyOf(scores.subList(0, Math.min(TOP, scores.size())));
        return new Lookup(top.isEmpty() ? 0 : top.getFirst(), candidates.size(), top);
    }

    /** Every query over the threads: lookups per second, and the p95 latency under that load. */
    private static double[] throughput(MatchIndex index, Map<String, Integer> byText, List<Query> queries, int threads)
            throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (Query query : queries) {
                done.add(pool.submit(() -> {
                    long begin = System.nanoTime();
                    lookup(index, byText, query.text());
                    nanos.add(System.nanoTime() - begin);
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            long elapsed = System.nanoTime() - start;
            return new double[] {done.size() * 1e9 / elapsed, percentile(nanos, 95)};
        }
    }

    /**
     * The exhaustive best: the base score of every unit from its keys (the token edit distance, as
     * {@code MatchScoring} computes it), then the full score, penalties included, of the units in order of their
     * base until no base can beat the best full score. Answers the best score and its unit (−1 for none).
     */
    static int[] scan(int[][] keys, List<String> sources, Map<String, Integer> ids, String query) {
        int[] b = ids(MatchKeys.of(query, LOCALE), ids);
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        byte[] bases = new byte[keys.length];
        int[] counts = new int[101];
        for (int i = 0; i < keys.length; i++) {
            int[] a = keys[i];
            int longest = Math.max(a.length, b.length);
            int base;
            if (longest == 0) {
                base = 100;
            } else {
                int d = distance(a, b, previous, current);
                base = (int) Math.floor(100.0 * (longest - d) / longest);
            }
            bases[i] = (byte) base;
            counts[base]++;
        }
        int best = -1;
        int bestUnit = -1;
        for (int base = 100; base >= 0 && base > best; base--) {
            if (counts[base] == 0) {
                continue;
            }
            for (int i = 0; i < keys.length; i++) {
                if (bases[i] == base) {
                    MatchScoring.Score score = MatchScoring.score(sources.get(i), query, LOCALE, List.of());
                    if (score.base() != base) {
                        throw new AssertionError("The scan's base " + base + " differs from MatchScoring's "
                                + score.base() + " for \"" + sources.get(i) + "\"");
                    }
                    if (score.score() > best) {
                        best = score.score();
                        bestUnit = i;
                    }
                }
            }
        }
        return new int[] {best, bestUnit};
    }

    /** Levenshtein distance over token ids, two rows at a time: {@code MatchScoring.distance} on interned keys. */
    static int distance(int[] a, int[] b, int[] previous, int[] current) {
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            int ai = a[i - 1];
            for (int j = 1; j <= b.length; j++) {
                int substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }

    /** The time to score {@code sample} units with the full formula, tokenizing each as the service would. */
    private static long fullScoreScan(List<String> sources, String query, int sample) {
        long start = System.nanoTime();
        int best = 0;
        for (int i = 0; i < sample; i++) {
            best = Math.max(
                    best,
                    MatchScoring.score(sources.get(i), query, LOCALE, List.of()).score());
        }
        assertThat(best).isBetween(0, 101);
        return System.nanoTime() - start;
    }

    static int[] ids(List<String> keys, Map<String, Integer> ids) {
        int[] out = new int[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(keys.get(i), k -> ids.size());
        }
        return out;
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static double percentile(List<Long> values, int percentile) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[
                Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1))];
    }
}
