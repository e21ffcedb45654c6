package dev.tessera.translation;

import static dev.tessera.support.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.TesseraApplication;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The H2 file keeps every change across a restart, and demo data is created only once. */
class RestartTest {

    @Test
    void aRestartKeepsChangesAndDoesNotReloadTheDemo() {
        String dataDir = "./target/restart-" + UUID.randomUUID();
        long segmentId;
        long documentId;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            ProjectService projects = first.getBean(ProjectService.class);
            TranslationService translations = first.getBean(TranslationService.class);
            documentId = as("translator", "TRANSLATOR", () -> projects.documents("china-pakistan"))
                    .getFirst()
                    .id();
            segmentId = as("translator", "TRANSLATOR", () -> translations.segments(documentId, "fr"))
                    .getFirst()
                    .id();
            as(
                    "translator",
                    "TRANSLATOR",
                    () -> translations.save(
                            documentId,
                            segmentId,
                            "fr",
                            new TranslationUpdate("Pourquoi la Chine et le Pakistan…", TranslationStatus.DRAFT, 0)));
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            ProjectService projects = second.getBean(ProjectService.class);
            TranslationService translations = second.getBean(TranslationService.class);
            List<ProjectInfo> all = as("translator", "TRANSLATOR", projects::projects);
            assertThat(all).extracting(ProjectInfo::slug).containsExactly("china-pakistan");
            SegmentRow row = as("translator", "TRANSLATOR", () -> translations.segments(documentId, "fr"))
                    .getFirst();
            assertThat(row.id()).isEqualTo(segmentId);
            assertThat(row.target()).isEqualTo("Pourquoi la Chine et le Pakistan…");
            assertThat(row.version()).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String dataDir) {
        return new SpringApplicationBuilder(TesseraApplication.class)
                .profiles("test")
                .run("--tessera.data-dir=" + dataDir, "--server.port=0");
    }
}
