package dev.tessera.translation;

import static dev.tessera.support.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.project.DocumentService;
import dev.tessera.project.NewProject;
import dev.tessera.project.ProjectService;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A page of the editor's grid costs the same few SQL statements, however large the document or the page. Hibernate's
 * statistics are switched on for each test and off after it (not by a property: the class shares the API tests'
 * Spring context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GridPageStatementsTest {

    @Autowired
    ProjectService projects;

    @Autowired
    DocumentService documents;

    @Autowired
    TranslationService translations;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void statisticsOn() {
        statistics().setStatisticsEnabled(true);
    }

    @AfterEach
    void statisticsOff() {
        statistics().setStatisticsEnabled(false);
        statistics().clear();
    }

    private Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    @Test
    void aPageCostsAFixedNumberOfStatements() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 2_000; i++) {
            text.append("Sentence number ").append(i).append(" of the long article.\n");
        }
        as(
                "manager",
                "MANAGER",
                () -> projects.create(new NewProject("statements", "Statements", "en", List.of("fr"))));
        long doc = as(
                        "manager",
                        "MANAGER",
                        () -> documents.importText(
                                "statements", "long.txt", text.toString().getBytes(StandardCharsets.UTF_8)))
                .id();
        List<SegmentRow> all = as("translator", "TRANSLATOR", () -> translations.segments(doc, "fr"));
        for (int i = 0; i < 300; i += 3) {
            long segment = all.get(i).id();
            as(
                    "translator",
                    "TRANSLATOR",
                    () -> translations.save(
                            doc, segment, "fr", new TranslationUpdate("Phrase", TranslationStatus.DRAFT, 0)));
        }
        Statistics statistics = statistics();
        settle(statistics);
        SegmentFilter drafts = new SegmentFilter(Set.of(TranslationStatus.DRAFT), "phrase");

        long first = statements(
                statistics, () -> translations.segments(doc, "fr", SegmentFilter.ALL, PageRequest.of(0, 50)));
        long later = statements(
                statistics, () -> translations.segments(doc, "fr", SegmentFilter.ALL, PageRequest.of(30, 50)));
        long bigger = statements(
                statistics, () -> translations.segments(doc, "fr", SegmentFilter.ALL, PageRequest.of(2, 500)));
        long filtered = statements(statistics, () -> translations.segments(doc, "fr", drafts, PageRequest.of(1, 50)));
        long count = statements(statistics, () -> translations.count(doc, "fr", drafts));

        assertThat(List.of(first, later, bigger, filtered))
                .as("statements per page")
                .containsOnly(first);
        assertThat(first).as("counted: Hibernate's statistics are on").isPositive();
        assertThat(first).isLessThanOrEqualTo(4);
        assertThat(count).isLessThanOrEqualTo(4);
        assertThat(as("translator", "TRANSLATOR", () -> translations.count(doc, "fr", drafts)))
                .isEqualTo(100);
    }

    @Test
    void theNextUnfinishedSegmentIsFoundBeyondTheFirstBatch() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            text.append("Line ").append(i).append(" of the article.\n");
        }
        as("manager", "MANAGER", () -> projects.create(new NewProject("next-unfinished", "Next", "en", List.of("fr"))));
        long doc = as(
                        "manager",
                        "MANAGER",
                        () -> documents.importText(
                                "next-unfinished", "doc.txt", text.toString().getBytes(StandardCharsets.UTF_8)))
                .id();
        List<SegmentRow> rows = as("translator", "TRANSLATOR", () -> translations.segments(doc, "fr"));
        for (SegmentRow row : rows.subList(0, 120)) {
            as(
                    "translator",
                    "TRANSLATOR",
                    () -> translations.save(
                            doc, row.id(), "fr", new TranslationUpdate("Ligne", TranslationStatus.TRANSLATED, 0)));
        }
        assertThat(as("translator", "TRANSLATOR", () -> translations.nextUnfinished(doc, "fr", 3)))
                .get()
                .extracting(SegmentRow::position)
                .isEqualTo(121);
        assertThat(as("translator", "TRANSLATOR", () -> translations.nextUnfinished(doc, "fr", 150)))
                .get()
                .extracting(SegmentRow::position)
                .isEqualTo(151);
        assertThat(as("translator", "TRANSLATOR", () -> translations.nextUnfinished(doc, "fr", 200)))
                .as("wraps around")
                .get()
                .extracting(SegmentRow::position)
                .isEqualTo(121);
    }

    /**
     * Waits until no other thread runs statements (the translation memory learns from the saves above on a thread of
     * its own after they commit), so that the counts below are the page's alone.
     */
    private static void settle(Statistics statistics) {
        long before;
        do {
            before = statistics.getPrepareStatementCount();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (statistics.getPrepareStatementCount() != before);
    }

    private static long statements(Statistics statistics, Supplier<?> work) {
        statistics.clear();
        as("translator", "TRANSLATOR", work);
        return statistics.getPrepareStatementCount();
    }
}
