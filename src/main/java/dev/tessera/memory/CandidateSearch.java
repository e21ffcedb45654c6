package dev.tessera.memory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * One lookup's search of the {@link MatchIndex}, leaf by leaf: the units that share at least {@code needed} of the
 * sentence's distinct keys, in the memories and target locale asked, with a token count in the window, ranked by
 * their bound (the keys shared, repeats counted up to the sentence's, over the longer token count).
 *
 * <p>A unit that shares {@code needed} of {@code m} keys has at least one of any {@code m − needed + 1} of them, so
 * the postings of the rarest {@code m − needed + 1} keys name every unit that can qualify; they are counted into
 * arrays, filtered by the doc values, and then each of the more frequent keys is looked up only for the units still
 * able to reach {@code needed}. Frequent words ("the", ".") are thus never read from end to end. Lucene's own
 * minimum-should-match search does the same work through a priority queue per unit and was three times slower.
 */
final class CandidateSearch {

    /** A key of the sentence and how often the sentence has it. */
    record Key(BytesRef bytes, int count) {}

    /** A unit found: its document in the index and its bound (a share, 0 to 1). */
    record Hit(int doc, double bound) {}

    private static final double ROUNDING = 1e-9;
    /**
     * Counting arrays of earlier lookups, kept for the next ones (at most a few: they hold two ints per unit of the
     * largest leaf, and a busy node must not keep one set per request thread).
     */
    private static final ConcurrentLinkedQueue<Counts> SPARE = new ConcurrentLinkedQueue<>();

    private static final int SPARE_KEPT = 4;

    private final List<Key> keys;
    private final int tokens;
    private final int needed;
    private final int minTokens;
    private final int maxTokens;
    private final double minBound;
    private final long[] memories;
    private final BytesRef locale;
    private final int limit;
    private final PriorityQueue<Hit> best = new PriorityQueue<>(
            Comparator.comparingDouble(Hit::bound).thenComparing(Hit::doc, Comparator.reverseOrder()));

    CandidateSearch(
            Map<String, Integer> keys,
            int tokens,
            int needed,
            int threshold,
            long[] memories,
            String locale,
            int limit) {
        this.keys = keys.entrySet().stream()
                .map(e -> new Key(new BytesRef(e.getKey()), e.getValue()))
                .toList();
        this.tokens = tokens;
        this.needed = needed;
        this.minTokens = threshold == 0 ? 0 : (int) Math.ceil(tokens * threshold / 100.0);
        this.maxTokens = threshold == 0 ? Integer.MAX_VALUE : (int) Math.floor(tokens * 100.0 / threshold);
        this.minBound = threshold / 100.0;
        this.memories = memories.clone();
        Arrays.sort(this.memories);
        this.locale = new BytesRef(locale);
        this.limit = limit;
    }

    /** The units found so far, best first. */
    List<Hit> hits() {
        List<Hit> hits = new ArrayList<>(best);
        hits.sort(Comparator.comparingDouble(Hit::bound).reversed().thenComparingInt(Hit::doc));
        return hits;
    }

    void search(LeafReaderContext leaf) throws IOException {
        LeafReader reader = leaf.reader();
        Terms terms = reader.terms("grams");
        SortedDocValues locales = DocValues.getSorted(reader, "locale");
        int localeOrd = locales.lookupTerm(locale);
        if (terms == null || localeOrd < 0) {
            return;
        }
        TermsEnum termsEnum = terms.iterator();
        record Present(Key key, int docFreq, TermState state) {}
        List<Present> present = new ArrayList<>();
        for (Key key : keys) {
            if (termsEnum.seekExact(key.bytes())) {
                present.add(new Present(key, termsEnum.docFreq(), termsEnum.termState()));
            }
        }
        // The absent keys count among the rarest: only the present ones among those are read.
        int driving = keys.size() - needed + 1 - (keys.size() - present.size());
        if (driving <= 0) {
            return;
        }
        present.sort(Comparator.comparingInt(Present::docFreq));
        Counts spare = SPARE.poll();
        Counts counts = (spare == null ? new Counts() : spare).sized(reader.maxDoc());
        Bits live = reader.getLiveDocs();
        PostingsEnum postings = null;
        try {
            for (int i = 0; i < driving; i++) {
                Present term = present.get(i);
                termsEnum.seekExact(term.key().bytes(), term.state());
                postings = termsEnum.postings(postings, PostingsEnum.FREQS);
                int most = term.key().count();
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        counts.matched[doc]++;
                        counts.shared[doc] += Math.min(postings.freq(), most);
                        counts.touched.set(doc);
                    }
                }
            }
            int size = filter(reader, locales, localeOrd, counts);
            for (int i = driving; i < present.size() && size > 0; i++) {
                Present term = present.get(i);
                termsEnum.seekExact(term.key().bytes(), term.state());
                postings = termsEnum.postings(postings, PostingsEnum.FREQS);
                int most = term.key().count();
                int left = present.size() - i;
                int kept = 0;
                for (int c = 0; c < size; c++) {
                    int doc = counts.candidates[c];
                    if (counts.matched[doc] + left < needed) {
                        continue;
                    }
                    if (postings.docID() < doc) {
                        postings.advance(doc);
                    }
                    if (postings.docID() == doc) {
                        counts.matched[doc]++;
                        counts.shared[doc] += Math.min(postings.freq(), most);
                    }
                    counts.candidates[kept] = doc;
                    counts.lengths[kept++] = counts.lengths[c];
                }
                size = kept;
            }
            for (int c = 0; c < size; c++) {
                int doc = counts.candidates[c];
                if (counts.matched[doc] >= needed) {
                    offer(leaf.docBase + doc, (double) counts.shared[doc] / Math.max(counts.lengths[c], tokens));
                }
            }
        } finally {
            counts.clear();
            if (SPARE.size() < SPARE_KEPT) {
                SPARE.offer(counts);
            }
        }
    }

    /** Keeps the counted units of the locale, memories and token window as the candidates; answers how many. */
    private int filter(LeafReader reader, SortedDocValues locales, int localeOrd, Counts counts) throws IOException {
        SortedNumericDocValues memory = DocValues.getSortedNumeric(reader, "memory");
        SortedNumericDocValues length = DocValues.getSortedNumeric(reader, "tokens");
        int size = 0;
        FixedBitSet touched = counts.touched;
        int max = reader.maxDoc();
        for (int doc = touched.nextSetBit(0);
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = doc + 1 < max ? touched.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            if (!length.advanceExact(doc)) {
                continue;
            }
            int count = (int) length.nextValue();
            if (count < minTokens
                    || count > maxTokens
                    || !locales.advanceExact(doc)
                    || locales.ordValue() != localeOrd
                    || !memory.advanceExact(doc)
                    || Arrays.binarySearch(memories, memory.nextValue()) < 0) {
                continue;
            }
            counts.add(size++, doc, count);
        }
        return size;
    }

    private void offer(int doc, double bound) {
        if (bound + ROUNDING < minBound) {
            return;
        }
        Hit hit = new Hit(doc, bound);
        if (best.size() < limit) {
            best.add(hit);
        } else if (best.comparator().compare(hit, best.peek()) > 0) {
            best.poll();
            best.add(hit);
        }
    }

    /**
     * A lookup's counting arrays: per unit of the leaf, the keys matched and shared (cleared after each leaf); the
     * candidates and their token counts, growing as needed.
     */
    private static final class Counts {

        int[] matched = new int[0];
        int[] shared = new int[0];
        int[] candidates = new int[1024];
        int[] lengths = new int[1024];
        FixedBitSet touched = new FixedBitSet(1);

        Counts sized(int docs) {
            if (matched.length < docs) {
                matched = new int[docs];
                shared = new int[docs];
                touched = new FixedBitSet(docs);
            }
            return this;
        }

        void add(int at, int doc, int length) {
            if (at == candidates.length) {
                candidates = Arrays.copyOf(candidates, at * 2);
                lengths = Arrays.copyOf(lengths, at * 2);
            }
            candidates[at] = doc;
            lengths[at] = length;
        }

        void clear() {
            int max = touched.length();
            for (int doc = touched.nextSetBit(0);
                    doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 < max ? touched.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                matched[doc] = 0;
                shared[doc] = 0;
            }
            touched.clear();
        }
    }
}
