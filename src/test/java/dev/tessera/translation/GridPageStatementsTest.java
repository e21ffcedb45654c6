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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/** A page of the editor's grid costs the same few SQL statements, however large the document or the page. */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
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

    @Test
    void aPageCostsAFixedNumberOfStatements() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 2_000; i++) {
            text.append("Sentence number ").append(i).append(" of the long article.\n");
        }
        as("manager", "MANAGER", () -> projects.create(new NewProject("statements", "Statements", "en", List.of("fr"))));
        long doc = as("manager", "MANAGER", () -> documents.importText("statements", "long.txt",
                text.toString().getBytes(StandardCharsets.UTF_8))).id();
        for (int i = 0; i < 300; i += 3) {
            long segment = as("translator", "TRANSLATOR", () -> translations.segments(doc, "fr", SegmentFilter.ALL,
                    PageRequest.of(0, 1))).getFirst().id() + i;
            as("translator", "TRANSLATOR", () -> translations.save(doc, segment, "fr",
                    new TranslationUpdate("Phrase", TranslationStatus.DRAFT, 0)));
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        SegmentFilter drafts = new SegmentFilter(Set.of(TranslationStatus.DRAFT), "phrase");

        long first = statements(statistics, () -> translations.segments(doc, "fr", SegmentFilter.ALL, PageRequest.of(0, 50)));
        long later = statements(statistics, () -> translations.segments(doc, "fr", SegmentFilter.ALL, PageRequest.of(30, 50)));
        long bigger = statements(statistics, () -> translations.segments(doc, "fr", SegmentFilter.ALL, PageRequest.of(2, 500)));
        long filtered = statements(statistics, () -> translations.segments(doc, "fr", drafts, PageRequest.of(1, 50)));
        long count = statements(statistics, () -> translations.count(doc, "fr", drafts));

        assertThat(List.of(first, later, bigger, filtered)).as("statements per page").containsOnly(first);
        assertThat(first).isLessThanOrEqualTo(4);
        assertThat(count).isLessThanOrEqualTo(4);
        assertThat(as("translator", "TRANSLATOR", () -> translations.count(doc, "fr", drafts))).isEqualTo(100);
    }

    private static long statements(Statistics statistics, Supplier<?> work) {
        statistics.clear();
        as("translator", "TRANSLATOR", work);
        return statistics.getPrepareStatementCount();
    }
}
