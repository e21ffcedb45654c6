package dev.tessera.proofing;

import static dev.tessera.support.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.project.DocumentService;
import dev.tessera.project.NewProject;
import dev.tessera.project.ProjectService;
import dev.tessera.project.SegmentInfo;
import dev.tessera.translation.SegmentFilter;
import dev.tessera.translation.quality.QualityService;
import dev.tessera.translation.review.ReviewService;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** "Approve all clean" takes only the segments whose language checks have run on their text. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tessera.proofing.enabled=true")
@ActiveProfiles("test")
class ApproveCleanProofingTest {

    static final int ROWS = 150;

    @Autowired
    ProjectService projects;

    @Autowired
    DocumentService documents;

    @Autowired
    ReviewService reviews;

    @Autowired
    QualityService quality;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void segmentsWaitingForTheirLanguageChecksAreNotYetClean() throws InterruptedException {
        String slug = "clean-" + UUID.randomUUID().toString().substring(0, 8);
        as("manager", "MANAGER", () -> projects.create(new NewProject(slug, "Clean", "en", List.of("fr"))));
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= ROWS; i++) {
            text.append("The brown fox jumps over dog number ").append(i).append(".\n");
        }
        long doc = as(
                        "manager",
                        "MANAGER",
                        () -> documents.importText(
                                slug, "fox.txt", text.toString().getBytes(StandardCharsets.UTF_8)))
                .id();
        List<SegmentInfo> segments = as("translator", "TRANSLATOR", () -> documents.segments(doc, Pageable.unpaged()));
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (SegmentInfo segment : segments) {
            rows.add(new Object[] {
                doc, segment.id(), "Le renard brun saute par-dessus le chien numéro " + segment.position() + ".", now
            });
        }
        // Written as an import would, each target waiting for its language checks.
        jdbc.batchUpdate(
                "insert into translation (id, document_id, segment_id, locale, target, status, version,"
                        + " updated_by, updated_at) values (next value for translation_seq, ?, ?, 'fr', ?, 'TRANSLATED',"
                        + " 1, 'translator', ?)",
                rows);

        int cleanAtOnce = as("reviewer", "REVIEWER", () -> reviews.cleanCount(doc, "fr", SegmentFilter.ALL));
        assertThat(cleanAtOnce).as("not yet proofread").isLessThan(ROWS);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (as("translator", "TRANSLATOR", () -> quality.awaitingProofreading(List.of(doc), "fr")) > 0) {
            assertThat(System.nanoTime()).as("proofread within a minute").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(as("reviewer", "REVIEWER", () -> reviews.approveAllClean(doc, "fr", SegmentFilter.ALL)))
                .isEqualTo(ROWS);
    }
}
