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

/**
 * The index's filter is exact at the threshold, its ranking puts the closest first, old schemes are dropped, and the
 * index on disk filters by memory, locale and length, removes, reopens and rebuilds.
 */
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

    static IndexedUnit unit(long id, long memory, String locale, String source) {
        return new IndexedUnit(id, memory, locale, source, "en");
    }

    @Test
    void findsSimilarSourcesOfTheMemoriesAndLocaleAsked() {
        try (MatchIndex index = new MatchIndex(folder)) {
            index.add(List.of(
                    unit(1, 10, "fr", "The river runs to the ocean."),
                    unit(2, 10, "de", "The river runs to the ocean."),
                    unit(3, 11, "fr", "The river runs to the ocean."),
                    unit(4, 10, "fr", "Completely unrelated words here."),
                    unit(5, 10, "fr", "The river runs to the ocean and then much further on, past the mountains.")));
            List<Candidate> found = index.candidates("The river runs to the sea.", "en", "fr", Set.of(10L), 50, 10);
            // Ranked by shared n-grams; the far longer sentence is outside the length window, the others' memories
            // and locales are filtered out. Rescoring, not the index, says whether a candidate is a match.
            assertThat(found.getFirst().id()).isEqualTo(1L);
            assertThat(found).extracting(Candidate::id).doesNotContain(2L, 3L, 5L);
            assertThat(found.getFirst().source()).isEqualTo("The river runs to the ocean.");
            assertThat(index.candidates("The river runs to the sea.", "en", "FR", Set.of(10L, 11L), 50, 10))
                    .extracting(Candidate::id)
                    .containsExactlyInAnyOrder(1L, 3L);
            assertThat(index.candidates("The river runs to the sea.", "en", "fr", Set.of(), 50, 10))
                    .isEmpty();
            // Without a threshold the length window is open.
            assertThat(index.candidates("The river runs to the sea.", "en", "fr", Set.of(10L), 0, 10))
                    .extracting(Candidate::id)
                    .contains(1L, 5L);

            index.remove(List.of(1L));
            index.removeMemory(11);
            assertThat(index.candidates("The river runs to the sea.", "en", "fr", Set.of(10L, 11L), 50, 10))
                    .isEmpty();
            assertThat(index.countAndIdSum()).containsExactly(3, 2 + 4 + 5);
        }
        try (MatchIndex reopened = new MatchIndex(folder)) {
            assertThat(reopened.countAndIdSum()).containsExactly(3, 11);
            reopened.rebuild(List.of(unit(7, 12, "zh-Hans", "中巴经济走廊很重要。")).iterator());
            assertThat(reopened.countAndIdSum()).containsExactly(1, 7);
            assertThat(reopened.candidates("中巴经济走廊非常重要。", "en", "zh-hans", Set.of(12L), 70, 5))
                    .extracting(Candidate::id)
                    .containsExactly(7L);
            assertThat(reopened.bytesOnDisk()).isPositive();
        }
    }
}
