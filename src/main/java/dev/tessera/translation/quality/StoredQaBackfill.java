package dev.tessera.translation.quality;

import dev.tessera.project.DocumentSummary;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.security.SystemActor;
import dev.tessera.shared.StartupMarkers;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Once per database: stores the QA findings of translations written before findings were stored, and again once
 * when the glossary checks joined them.
 */
@Component
@Order(3)
class StoredQaBackfill implements ApplicationRunner {

    private static final String MARKER = "qa.findings.stored.with-glossary";

    private final ProjectService projects;
    private final QualityService quality;
    private final StartupMarkers markers;

    StoredQaBackfill(ProjectService projects, QualityService quality, StartupMarkers markers) {
        this.projects = projects;
        this.quality = quality;
        this.markers = markers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (markers.isDone(MARKER)) {
            return;
        }
        SystemActor.call(() -> {
            for (ProjectInfo project : projects.projects()) {
                for (DocumentSummary document : projects.documents(project.slug())) {
                    quality.recheckDocument(document.id());
                }
            }
            return null;
        });
        markers.markDone(MARKER);
    }
}
