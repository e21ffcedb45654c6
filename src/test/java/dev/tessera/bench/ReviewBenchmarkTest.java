package dev.tessera.bench;

import static dev.tessera.support.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.project.DocumentService;
import dev.tessera.project.NewProject;
import dev.tessera.project.ProjectService;
import dev.tessera.project.SegmentInfo;
import dev.tessera.translation.SegmentFilter;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationStatus;
import dev.tessera.translation.TranslationUpdate;
import dev.tessera.translation.quality.DocumentFinding;
import dev.tessera.translation.quality.QualityService;
import dev.tessera.translation.review.ReviewService;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The review issue's figures on a 10,000-segment document: every QA check on every translation, stored; and
 * approving every clean segment at once. Runs only in the benchmark profile ({@code mvn -Pbench test}).
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class ReviewBenchmarkTest {

    @Autowired
    ProjectService projects;

    @Autowired
    DocumentService documents;

    @Autowired
    QualityService quality;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TranslationService translations;

    @Test
    void qaAndApproveAllOnTenThousandSegments() {
        as("manager", "MANAGER", () -> projects.create(new NewProject("bench-review", "Bench", "en", List.of("fr"))));
        long doc = tenThousandTranslatedRows("big.txt", "");
        List<SegmentInfo> segments = as("translator", "TRANSLATOR", () -> documents.segments(doc, Pageable.unpaged()));

        List<Long> qa = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            as("translator", "TRANSLATOR", () -> quality.recheckDocument(doc));
            qa.add(System.nanoTime() - start);
        }
        qa.removeFirst();
        List<DocumentFinding> issues = as("translator", "TRANSLATOR", () -> quality.documentFindings(doc, "fr"));
        assertThat(issues).hasSize(1000);

        List<Long> saves = timedSaves(doc, segments, "");

        // Every source names a repeated acronym: each save rechecks the checks over the whole document.
        long named = tenThousandTranslatedRows("named.txt", "NATO says: ");
        as("translator", "TRANSLATOR", () -> quality.recheckDocument(named));
        List<Long> namedSaves = timedSaves(
                named,
                as("translator", "TRANSLATOR", () -> documents.segments(named, Pageable.unpaged())),
                "L'OTAN dit : ");

        List<Long> approve = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            jdbc.update("update translation set status = 'TRANSLATED' where document_id = ?", doc);
            int clean = as("reviewer", "REVIEWER", () -> reviews.cleanCount(doc, "fr", SegmentFilter.ALL));
            long start = System.nanoTime();
            int approved = as("reviewer", "REVIEWER", () -> reviews.approveAllClean(doc, "fr", SegmentFilter.ALL));
            approve.add(System.nanoTime() - start);
            assertThat(approved).isEqualTo(clean).isGreaterThanOrEqualTo(9000);
        }
        approve.removeFirst();

        System.out.println();
        System.out.println("| review benchmark | median | target |");
        System.out.println("|---|---|---|");
        System.out.printf(
                "| QA of a 10,000-segment document, every check, findings stored (median of 3 after a warm-up) | %.0f ms | ≤ 1 s |%n",
                median(qa) / 1e6);
        System.out.printf(
                "| confirm one segment of a 10,000-segment document in the service, QA stored (median; p95 %.1f ms) | %.1f ms | — |%n",
                percentile(saves, 95) / 1e6, median(saves) / 1e6);
        System.out.printf(
                "| the same where every source names a repeated acronym (the document checks run again; median; p95 %.1f ms) | %.1f ms | — |%n",
                percentile(namedSaves, 95) / 1e6, median(namedSaves) / 1e6);
        System.out.printf(
                "| approve all 9,030 clean segments of a 10,000-segment document (median of 3 after a warm-up) | %.0f ms | ≤ 5 s |%n",
                median(approve) / 1e6);
        System.out.println();
    }

    /** A 10,000-line document of the project, every line TRANSLATED, one in ten with its number left out. */
    private long tenThousandTranslatedRows(String name, String prefix) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) {
            text.append(prefix)
                    .append("Row ")
                    .append(i)
                    .append(": the quick brown fox jumps over the lazy dog near the river bank.\n");
        }
        long doc = as(
                        "manager",
                        "MANAGER",
                        () -> documents.importText(
                                "bench-review", name, text.toString().getBytes(StandardCharsets.UTF_8)))
                .id();
        List<SegmentInfo> segments = as("translator", "TRANSLATOR", () -> documents.segments(doc, Pageable.unpaged()));
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (SegmentInfo segment : segments) {
            // Clean French-like targets, and one in ten with its number left out (a qa.numbers ERROR).
            String target = segment.position() % 10 == 0
                    ? "Rang : le renard brun rapide saute par-dessus le chien paresseux au bord de la rivière."
                    : "Rang " + segment.position()
                            + " : le renard brun rapide saute par-dessus le chien paresseux au bord de la rivière.";
            rows.add(new Object[] {doc, segment.id(), (prefix.isEmpty() ? "" : "L'OTAN dit : ") + target, now});
        }
        jdbc.batchUpdate(
                "insert into translation (id, document_id, segment_id, locale, target, status, version,"
                        + " updated_by, updated_at) values (next value for translation_seq, ?, ?, 'fr', ?, 'TRANSLATED', 1,"
                        + " 'translator', ?)",
                rows);
        return doc;
    }

    /** 300 confirmations in the middle of the document, timed; the first 100 are the warm-up. */
    private List<Long> timedSaves(long doc, List<SegmentInfo> segments, String prefix) {
        List<Long> saves = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            SegmentInfo segment = segments.get(5000 + i);
            String target = prefix + "Rang " + segment.position() + " : le renard brun rapide saute, confirmé.";
            long start = System.nanoTime();
            as(
                    "translator",
                    "TRANSLATOR",
                    () -> translations.save(
                            doc, segment.id(), "fr", new TranslationUpdate(target, TranslationStatus.TRANSLATED, 1)));
            saves.add(System.nanoTime() - start);
        }
        saves.subList(0, 100).clear();
        return saves;
    }

    private static double percentile(List<Long> values, int percentile) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
