package dev.tessera.glossary;

import dev.tessera.project.ProjectService;
import dev.tessera.security.SystemActor;
import dev.tessera.security.TesseraSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code glossary/} folder: one TBX file per glossary, named after it. At start-up each file goes through
 * {@link FolderSync#atStartup}: a new or changed file is read into the glossary of its name unless the glossary
 * changed in the database too (then the database is kept and the conflict shown); an unchanged one is left alone
 * (its hash is remembered). In demo mode a glossary is linked to the project with the same slug. A file that cannot
 * be read is reported in the log and changes nothing.
 */
@Component
@Order(4)
class GlossaryFolder implements ApplicationRunner {

    private final GlossaryService glossaries;
    private final FolderSync sync;
    private final ProjectService projects;
    private final TesseraSettings settings;

    GlossaryFolder(GlossaryService glossaries, FolderSync sync, ProjectService projects, TesseraSettings settings) {
        this.glossaries = glossaries;
        this.sync = sync;
        this.projects = projects;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path folder = sync.folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        for (Path file : tbxFiles(folder)) {
            String name = file.getFileName().toString().replaceFirst("(?i)\\.tbx$", "");
            SystemActor.call(() -> {
                sync.atStartup(name, read(file));
                linkInDemo(name);
                return null;
            });
        }
    }

    private void linkInDemo(String name) {
        if (settings.demo()
                && projects.projects().stream().anyMatch(p -> p.slug().equals(name))) {
            glossaries.idOf(name).ifPresent(id -> glossaries.link(name, id));
        }
    }

    private static List<Path> tbxFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith(".tbx"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
