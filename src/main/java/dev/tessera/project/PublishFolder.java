package dev.tessera.project;

import dev.tessera.shared.ApiException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where published translations go: {@code translations/<project-slug>/<locale>/<file>}, beside the project's
 * {@code project.properties} and {@code source/} (start-up reads only those two, so published files never come
 * back in as sources). A file is written to a temporary name and moved into place, so a reader never sees half.
 */
@Component
public class PublishFolder {

    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]{0,199}");

    private final Path root;

    PublishFolder(@Value("${tessera.translations-dir:./translations}") Path root) {
        this.root = root;
    }

    /** Writes the file and answers its path relative to the translations folder. */
    public String write(ProjectInfo project, String locale, String fileName, Consumer<OutputStream> content) {
        if (!SAFE_NAME.matcher(fileName).matches() || !project.hasTargetLocale(locale)) {
            throw ApiException.validation("Cannot publish \"" + fileName + "\" in " + locale + ".")
                    .text("project.publish-name-invalid", fileName, locale);
        }
        Path folder = root.resolve(project.slug()).resolve(locale);
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".publishing-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    content.accept(out);
                }
                Files.move(
                        temporary,
                        folder.resolve(fileName),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Publishing " + fileName + " failed: " + e.getMessage(), e);
        }
        return project.slug() + "/" + locale + "/" + fileName;
    }
}
