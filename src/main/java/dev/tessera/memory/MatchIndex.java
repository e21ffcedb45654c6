package dev.tessera.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The memory units' sources as their comparison keys ({@link MatchGrams}) in an embedded Lucene index, to find the few
 * hundred candidates worth scoring among millions. The database row is the unit of record: the index holds only what
 * a lookup needs (the unit's id, memory, target locale, token count and source, the last four as doc values) and is
 * rebuilt from the database when it is missing, holds other units, or was written under another scheme of terms (it
 * is then emptied when opened).
 *
 * <p>A lookup ({@link CandidateSearch}) takes the units that share enough keys with the sentence and have a length that
 * allows the threshold, both bounds exact, and ranks them by the keys they share over the longer length, an upper
 * bound of the base score: the units {@link MatchScoring} rates best come first.
 */
public final class MatchIndex implements AutoCloseable {

    private static final FieldType GRAMS = gramsType();
    private static final int MAX_TERMS = 1000;
    /** The terms the index holds, recorded with each commit; an index of another scheme is emptied when opened. */
    static final String SCHEME = "keys-2";

    private static final String SCHEME_KEY = "tessera.scheme";

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** A unit as the index holds it. */
    public record IndexedUnit(long id, long memoryId, String targetLocale, String source, String sourceLocale) {}

    /**
     * A unit worth scoring: its id, source, and the bound of its score, the keys it shares with the sentence over the
     * longer token count (a share; the base score is never above it).
     */
    public record Candidate(long id, String source, double bound) {}

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
        Map<String, Integer> asked = terms;
        if (terms.size() > MAX_TERMS) {
            asked = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> term : terms.entrySet()) {
                if (asked.size() < MAX_TERMS) {
                    asked.put(term.getKey(), term.getValue());
                }
            }
        }
        int left = terms.size() - asked.size();
        CandidateSearch search = new CandidateSearch(
                asked,
                n,
                Math.max(1, MatchGrams.minimumShouldMatch(n, terms.size(), threshold) - left),
                left > 0 ? 0 : threshold,
                memoryIds.stream().mapToLong(Long::longValue).toArray(),
                targetLocale.toLowerCase(Locale.ROOT),
                limit);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    search.search(leaf);
                }
                return read(searcher, search.hits());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hits' ids and sources from the doc values, read in the order of the units, answered in the hits' order. */
    private static List<Candidate> read(IndexSearcher searcher, List<CandidateSearch.Hit> hits) throws IOException {
        List<CandidateSearch.Hit> byDoc = new ArrayList<>(hits);
        byDoc.sort(Comparator.comparingInt(CandidateSearch.Hit::doc));
        Map<Integer, Candidate> found = new HashMap<>(hits.size() * 2);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        SortedNumericDocValues ids = null;
        BinaryDocValues sources = null;
        for (CandidateSearch.Hit hit : byDoc) {
            if (leaf == null || hit.doc() >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(hit.doc(), leaves));
                ids = DocValues.getSortedNumeric(leaf.reader(), "id");
                sources = DocValues.getBinary(leaf.reader(), "source");
            }
            int doc = hit.doc() - leaf.docBase;
            if (ids.advanceExact(doc) && sources.advanceExact(doc)) {
                found.put(
                        hit.doc(),
                        new Candidate(ids.nextValue(), sources.binaryValue().utf8ToString(), hit.bound()));
            }
        }
        List<Candidate> candidates = new ArrayList<>(hits.size());
        for (CandidateSearch.Hit hit : hits) {
            Candidate candidate = found.get(hit.doc());
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        return candidates;
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

    /**
     * Closes the index; whatever a last change still in flight does (the feed's worker at shutdown), the writer's lock
     * is released, so that the next start in this JVM (or process) can open it.
     */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException | RuntimeException e) {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException ignored) {
                // Nothing more to do: rollback closes the writer and releases its lock.
            }
        } finally {
            try {
                directory.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static Document document(IndexedUnit unit) {
        MatchTokens tokens = MatchTokens.of(unit.source(), unit.sourceLocale());
        Document document = new Document();
        document.add(new StringField("key", Long.toString(unit.id()), Field.Store.NO));
        document.add(new LongField("id", unit.id(), Field.Store.NO));
        document.add(new LongField("memory", unit.memoryId(), Field.Store.NO));
        document.add(new SortedDocValuesField(
                "locale", new BytesRef(unit.targetLocale().toLowerCase(Locale.ROOT))));
        document.add(new IntField("tokens", tokens.tokens().size(), Field.Store.NO));
        document.add(new Field("grams", new GramStream(tokens.keys()), GRAMS));
        document.add(new BinaryDocValuesField("source", new BytesRef(unit.source())));
        return document;
    }

    private static FieldType gramsType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
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
