package dev.tessera.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.SmallFloat;

/**
 * The memory units' sources as their comparison keys ({@link MatchGrams}) in an embedded Lucene index, to find the few
 * hundred candidates worth scoring among millions. The database row is the unit of record: the index holds only what
 * a lookup needs (the unit's id, memory, target locale, token count and source) and is rebuilt from the database when
 * it is missing, holds other units, or was written under another scheme of terms (it is then emptied when opened).
 *
 * <p>A lookup asks for the units that share enough keys with the sentence and have a length that allows the
 * threshold, both bounds exact, and ranks them by the keys they share over the longer length, an upper bound of the
 * base score: the units {@link MatchScoring} rates best come first.
 */
public final class MatchIndex implements AutoCloseable {

    private static final FieldType GRAMS = gramsType();
    private static final int MAX_TERMS = 1000;
    /** The terms the index holds, recorded with each commit; an index of another scheme is emptied when opened. */
    static final String SCHEME = "keys-1";

    private static final String SCHEME_KEY = "tessera.scheme";

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** A unit as the index holds it. */
    public record IndexedUnit(long id, long memoryId, String targetLocale, String source, String sourceLocale) {}

    /** A unit worth scoring: its id and source. */
    public record Candidate(long id, String source) {}

    public MatchIndex(Path folder) {
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            boolean current = DirectoryReader.indexExists(directory)
                    && SCHEME.equals(SegmentInfos.readLatestCommit(directory)
                            .getUserData()
                            .get(SCHEME_KEY));
            writer = new IndexWriter(
                    directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            if (!current) {
                writer.deleteAll();
            }
            writer.setLiveCommitData(Map.of(SCHEME_KEY, SCHEME).entrySet());
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The translation memory index at " + folder + " cannot be opened", e);
        }
    }

    /** Adds the units, or replaces them where the index has them already; visible to lookups when this returns. */
    public void add(Collection<IndexedUnit> units) {
        try {
            for (IndexedUnit unit : units) {
                writer.updateDocument(new Term("key", Long.toString(unit.id())), document(unit));
            }
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(Collection<Long> ids) {
        try {
            for (Long id : ids) {
                writer.deleteDocuments(new Term("key", Long.toString(id)));
            }
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removeMemory(long memoryId) {
        try {
            writer.deleteDocuments(LongField.newExactQuery("memory", memoryId));
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index and fills it from the units, committing every so often; for a rebuild. */
    public void rebuild(Iterator<IndexedUnit> units) {
        try {
            writer.deleteAll();
            int count = 0;
            while (units.hasNext()) {
                IndexedUnit unit = units.next();
                writer.addDocument(document(unit));
                if (++count % 100_000 == 0) {
                    publish();
                }
            }
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of units and the sum of their ids, to tell whether the index holds the database's units. */
    public long[] countAndIdSum() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                long count = 0;
                long sum = 0;
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    SortedNumericDocValues ids = leaf.reader().getSortedNumericDocValues("id");
                    var live = leaf.reader().getLiveDocs();
                    if (ids == null) {
                        continue;
                    }
                    for (int doc = ids.nextDoc(); doc != SortedNumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            count++;
                            sum += ids.nextValue();
                        }
                    }
                }
                return new long[] {count, sum};
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The units of the memories and target locale whose sources share enough keys with the sentence to reach the
     * threshold and have a length that allows it, at most {@code limit} of them, the most keys shared over the longer
     * length first.
     */
    public List<Candidate> candidates(
            String source, String sourceLocale, String targetLocale, Set<Long> memoryIds, int threshold, int limit) {
        if (memoryIds.isEmpty()) {
            return List.of();
        }
        MatchTokens tokens = MatchTokens.of(source, sourceLocale);
        Map<String, Integer> terms = MatchGrams.of(tokens);
        if (terms.isEmpty()) {
            return List.of();
        }
        int n = tokens.tokens().size();
        BooleanQuery.Builder similar = new BooleanQuery.Builder();
        terms.entrySet().stream()
                .limit(MAX_TERMS)
                .forEach(term -> similar.add(
                        new BoostQuery(new TermQuery(new Term("grams", term.getKey())), term.getValue()),
                        Occur.SHOULD));
        int left = Math.max(0, terms.size() - MAX_TERMS);
        similar.setMinimumNumberShouldMatch(
                Math.max(1, MatchGrams.minimumShouldMatch(n, terms.size(), threshold) - left));
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(similar.build(), Occur.MUST)
                .add(new TermQuery(new Term("locale", targetLocale.toLowerCase(Locale.ROOT))), Occur.FILTER)
                .add(
                        LongField.newSetQuery(
                                "memory",
                                memoryIds.stream().mapToLong(Long::longValue).toArray()),
                        Occur.FILTER);
        if (threshold > 0) {
            query.add(
                    IntField.newRangeQuery(
                            "tokens", (int) Math.ceil(n * threshold / 100.0), (int) Math.floor(n * 100.0 / threshold)),
                    Occur.FILTER);
        }
        try {
            IndexSearcher acquired = searchers.acquire();
            try {
                IndexSearcher searcher = new IndexSearcher(acquired.getIndexReader());
                searcher.setSimilarity(new SharedKeys(n));
                ScoreDoc[] hits = searcher.search(query.build(), limit).scoreDocs;
                StoredFields stored = searcher.storedFields();
                List<Candidate> candidates = new ArrayList<>(hits.length);
                for (ScoreDoc hit : hits) {
                    Document document = stored.document(hit.doc);
                    candidates.add(new Candidate(Long.parseLong(document.get("key")), document.get("source")));
                }
                return candidates;
            } finally {
                searchers.release(acquired);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's size on disk, in bytes. */
    public long bytesOnDisk() {
        try {
            long total = 0;
            for (String file : directory.listAll()) {
                total += directory.fileLength(file);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static Document document(IndexedUnit unit) {
        MatchTokens tokens = MatchTokens.of(unit.source(), unit.sourceLocale());
        Document document = new Document();
        document.add(new StringField("key", Long.toString(unit.id()), Field.Store.YES));
        document.add(new LongField("id", unit.id(), Field.Store.NO));
        document.add(new LongField("memory", unit.memoryId(), Field.Store.NO));
        document.add(new StringField("locale", unit.targetLocale().toLowerCase(Locale.ROOT), Field.Store.NO));
        document.add(new IntField("tokens", tokens.tokens().size(), Field.Store.NO));
        document.add(new Field("grams", new GramStream(tokens.keys()), GRAMS));
        document.add(new StoredField("source", unit.source()));
        return document;
    }

    private static FieldType gramsType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setOmitNorms(false);
        type.freeze();
        return type;
    }

    /**
     * A unit's score in a lookup: for each of the lookup's keys it has, as often as both have it, over the longer of
     * the two token counts (the unit's from its norm, which Lucene keeps as the field's length). At least the base
     * score's share of the unit, so ranking by it puts the units worth scoring first; it grows with the key's
     * frequency and shrinks with the unit's length, as Lucene's skipping of non-competitive units requires.
     */
    private static final class SharedKeys extends Similarity {

        private static final float[] LENGTHS = new float[256];

        static {
            for (int i = 0; i < LENGTHS.length; i++) {
                LENGTHS[i] = SmallFloat.byte4ToInt((byte) i);
            }
        }

        private final int length;

        SharedKeys(int length) {
            this.length = length;
        }

        @Override
        public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
            return new SimScorer() {
                @Override
                public float score(float freq, long norm) {
                    return Math.min(freq, boost) / Math.max(LENGTHS[(int) (norm & 0xFF)], length);
                }
            };
        }
    }

    /** The keys, already computed, as the token stream Lucene indexes. */
    private static final class GramStream extends TokenStream {

        private final Collection<String> grams;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private Iterator<String> next;

        GramStream(Collection<String> grams) {
            this.grams = grams;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = grams.iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!next.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(next.next());
            return true;
        }
    }
}
