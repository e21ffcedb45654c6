package dev.tessera.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Real glossary files from other tools ({@code ../shared/corpora/tbx} and {@code glossary}): read, or refused. */
class GlossaryCorporaTest {

    @Test
    void theNamedFilesGiveTheirConceptCounts() throws IOException {
        Path corpora = corpora();
        try (InputStream in = Files.newInputStream(corpora.resolve("tbx/okapi-lib-terminology-tests/sdl_tbx.tbx"))) {
            assertThat(TbxReader.read(in).concepts()).hasSize(223);
        }
        for (String name : List.of("f_en-ur_PK.csv", "f_en-zh_CN.csv")) {
            String text = Files.readString(corpora.resolve("glossary/tico-19-terminologies").resolve(name));
            assertThat(CsvGlossaryReader.read(text).concepts()).as(name).hasSize(306);
        }
    }

    @Test
    void everyTbxAndCsvFileIsReadOrRefusedWithAMessage() throws IOException {
        Path corpora = corpora();
        List<String> outcomes = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(corpora.resolve("tbx")), Files.walk(corpora.resolve("glossary")))) {
            files = walk.filter(Files::isRegularFile).filter(GlossaryCorporaTest::isGlossary).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            try {
                GlossaryFile read = file.toString().endsWith(".csv")
                        ? CsvGlossaryReader.read(Files.readString(file, StandardCharsets.UTF_8))
                        : readTbx(file);
                outcomes.add(file.getFileName() + ": " + read.concepts().size() + " concepts");
            } catch (GlossaryFormatException e) {
                assertThat(e.getMessage()).isNotBlank();
                outcomes.add(file.getFileName() + ": refused: " + e.getMessage());
            } catch (java.nio.charset.MalformedInputException e) {
                outcomes.add(file.getFileName() + ": refused: not UTF-8");
            }
        }
        outcomes.forEach(System.out::println);
    }

    private static GlossaryFile readTbx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TbxReader.read(in);
        }
    }

    private static boolean isGlossary(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tbx") || name.endsWith(".csv");
    }

    private static Path corpora() {
        String property = System.getProperty("tessera.corpora", "");
        Path folder = property.isBlank() ? null : Path.of(property);
        if (folder == null || !Files.isDirectory(folder.resolve("tbx"))) {
            String message = "Glossary corpora not found: set -Dtessera.corpora=../shared/corpora";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + " (required when CI=true)");
            }
            Assumptions.assumeTrue(false, message);
        }
        return folder;
    }
}
