package dev.tessera.project;

import dev.tessera.security.SystemActor;
import dev.tessera.security.TesseraSettings;
import dev.tessera.shared.StartupMarkers;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, the first start on an empty database creates the projects of the {@code translations/}
 * folder with their source documents. A marker row keeps it from happening again after people delete them.
 */
@Component
@Order(1)
class DemoProjectLoader implements ApplicationRunner {

    private static final String MARKER = "demo.loaded";
    private static final Logger log = LoggerFactory.getLogger(DemoProjectLoader.class);

    private final TesseraSettings settings;
    private final ProjectService projects;
    private final DocumentService documents;
    private final ProjectRepository projectRepository;
    private final StartupMarkers markers;
    private final TransactionTemplate transaction;
    private final Path translationsDir;

    DemoProjectLoader(
            TesseraSettings settings,
            ProjectService projects,
            DocumentService documents,
            ProjectRepository projectRepository,
            StartupMarkers markers,
            PlatformTransactionManager transactionManager,
            @Value("${tessera.translations-dir:./translations}") Path translationsDir) {
        this.settings = settings;
        this.projects = projects;
        this.documents = documents;
        this.projectRepository = projectRepository;
        this.markers = markers;
        this.transaction = new TransactionTemplate(transactionManager);
        this.translationsDir = translationsDir;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demo() || markers.isDone(MARKER) || projectRepository.count() > 0) {
            return;
        }
        // All or nothing: a folder that fails to load leaves no half-made project and no marker behind.
        SystemActor.call(() -> transaction.execute(status -> {
            for (TranslationsFolder.ProjectFolder folder : TranslationsFolder.read(translationsDir)) {
                ProjectInfo project = projects.create(folder.project());
                for (Path source : folder.sources()) {
                    documents.importText(
                            project.slug(), source.getFileName().toString(), TranslationsFolder.bytes(source));
                }
                log.info(
                        "Demo mode: created project '{}' with {} document(s) from {}",
                        project.slug(),
                        folder.sources().size(),
                        folder.path());
            }
            markers.markDone(MARKER);
            return null;
        }));
    }
}
