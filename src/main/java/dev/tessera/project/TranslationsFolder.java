package dev.tessera.project;

import dev.tessera.shared.ApiException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The {@code translations/} folder: one folder per project, named by its slug, holding
 * {@code project.properties} (name, sourceLocale, targetLocales) and the source documents in {@code source/}.
 */
final class TranslationsFolder {

    static final String PROJECT_FILE = "project.properties";
    static final String SOURCE_FOLDER = "source";

    record ProjectFolder(Path path, NewProject project, List<Path> sources) {}

    private TranslationsFolder() {}

    /** Every project folder under {@code root}, in name order; folders without a project file are skipped. */
    static List<ProjectFolder> read(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(PROJECT_FILE)))
                    .sorted()
                    .map(TranslationsFolder::readProject)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProjectFolder readProject(Path folder) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve(PROJECT_FILE), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String slug = folder.getFileName().toString();
        String targets = properties.getProperty("targetLocales", "");
        NewProject project = new NewProject(
                slug,
                properties.getProperty("name", slug),
                properties.getProperty("sourceLocale", ""),
                Arrays.stream(targets.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList());
        return new ProjectFolder(folder, project, sources(folder.resolve(SOURCE_FOLDER)));
    }

    private static List<Path> sources(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p ->
                            Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ApiException.validation("Cannot read " + file + ": " + e.getMessage())
                    .text("project.folder-file-unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }
}
