package dev.tessera.glossary;

import dev.tessera.project.ProjectService;
import dev.tessera.security.SystemActor;
import dev.tessera.security.TesseraSettings;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.StartupMarkers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code glossary/} folder: one TBX file per glossary, named after it. At start-up a new or changed file is
 * imported (merged by concept id) into the glossary of its name; an unchanged one is left alone (its hash is
 * remembered). In demo mode a glossary is linked to the project with the same slug. A file that cannot be read is
 * reported in the log and changes nothing.
 */
@Component
@Order(4)
class GlossaryFolder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GlossaryFolder.class);

    private final GlossaryService glossaries;
    private final ProjectService projects;
    private final StartupMarkers markers;
    private final TesseraSettings settings;
    private final Path folder;

    GlossaryFolder(GlossaryService glossaries, ProjectService projects, StartupMarkers markers,
            TesseraSettings settings, @Value("${tessera.glossary-dir:./glossary}") Path folder) {
        this.glossaries = glossaries;
        this.projects = projects;
        this.markers = markers;
        this.settings = settings;
        this.folder = folder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        for (Path file : tbxFiles()) {
            String name = file.getFileName().toString().replaceFirst("(?i)\\.tbx$", "");
            SystemActor.call(() -> {
                load(name, file);
                return null;
            });
        }
    }

    private void load(String name, Path file) {
        byte[] bytes = read(file);
        String key = "glossary.file." + name;
        String hash = sha256(bytes);
        if (!markers.value(key).orElse("").equals(hash)) {
            try {
                ImportResult result = glossaries.loadFile(name, bytes);
                markers.remember(key, hash);
                log.info("Glossary folder: {} read into glossary '{}': {} concepts, {} terms, {} warnings", file,
                        name, result.concepts(), result.terms(), result.warnings().size());
            } catch (ApiException e) {
                log.warn("Glossary folder: {} was not read: {}", file, e.getMessage());
                return;
            }
        }
        if (settings.demo() && projects.projects().stream().anyMatch(p -> p.slug().equals(name))) {
            glossaries.idOf(name).ifPresent(id -> glossaries.link(name, id));
        }
    }

    private List<Path> tbxFiles() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tbx"))
                    .filter(Files::isRegularFile).sorted().toList();
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
