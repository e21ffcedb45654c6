package dev.tessera.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.memory.MatchIndex.Candidate;
import dev.tessera.memory.MatchIndex.IndexedUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index's filter is exact at the threshold, its ranking puts the closest first, and old schemes are dropped. */
class MatchIndexTest {

    @TempDir
    Path folder;

    @Test
    void aUnitJustAtTheThresholdIsACandidateAmongManyThatShareFrequentWords() {
        List<IndexedUnit> units = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            units.add(new IndexedUnit(i, 1, "fr", "The river and the sea number " + i + " are the same.", "en"));
        }
        // 8 tokens against the query's 8, four of them kept in place: 100 × 4/8 = 50.
        units.add(new IndexedUnit(1000, 1, "fr", "Tom quietly reads old letters at home .", "en"));
        try (MatchIndex index = new MatchIndex(folder)) {
            index.add(units);
            String query = "Tom never reads new letters in bed .";
            assertThat(MatchScoring.score("Tom quietly reads old letters at home .", query, "en", List.of())
                            .score())
                    .isEqualTo(50);
            List<Candidate> found = index.candidates(query, "en", "fr", Set.of(1L), 50, 5);
            assertThat(found).extracting(Candidate::id).containsExactly(1000L);
            assertThat(index.candidates(query, "en", "fr", Set.of(1L), 51, 5)).isEmpty();
            assertThat(index.candidates("The river and the sea number 7 are the same.", "en", "fr", Set.of(1L), 90, 3))
                    .hasSize(3);
        }
    }

    @Test
    void anIndexOfAnotherSchemeIsEmptiedWhenOpened() throws Exception {
        try (var directory = FSDirectory.open(folder);
                var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(List.of(new org.apache.lucene.document.StringField(
                    "key", "1", org.apache.lucene.document.Field.Store.YES)));
            writer.commit();
        }
        try (MatchIndex index = new MatchIndex(folder)) {
            assertThat(index.countAndIdSum()[0]).isZero();
            index.add(List.of(new IndexedUnit(7, 1, "fr", "The river runs.", "en")));
        }
        try (MatchIndex index = new MatchIndex(folder)) {
            assertThat(index.countAndIdSum()).containsExactly(1, 7);
        }
    }
}
