package dev.tessera.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.shared.ApiException;
import java.io.IOException;
import java.io.InputStream;
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
            String text = Files.readString(
                    corpora.resolve("glossary/tico-19-terminologies").resolve(name));
            assertThat(CsvGlossaryReader.read(text).concepts()).as(name).hasSize(306);
        }
    }

    /**
     * Every file of the glossary corpora, read the way an import of its kind reads it: TBX (and any other XML) by
     * the TBX reader, CSV with its header, tab-separated lists and text files as a bilingual list (en → fr). Each is
     * read or refused with a message; nothing else escapes.
     */
    @Test
    void everyFileIsReadOrRefusedWithAMessage() throws IOException {
        Path corpora = corpora();
        List<String> outcomes = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk =
                Stream.concat(Files.walk(corpora.resolve("tbx")), Files.walk(corpora.resolve("glossary")))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(30);
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            try {
                GlossaryFile read;
                if (name.endsWith(".csv")) {
                    read = CsvGlossaryReader.read(CsvGlossaryReader.decode(Files.readAllBytes(file)));
                } else if (name.endsWith(".tab")
                        || name.endsWith(".tsv")
                        || name.endsWith(".txt")
                        || name.endsWith(".md")) {
                    read = CsvGlossaryReader.readList(
                            CsvGlossaryReader.decode(Files.readAllBytes(file)), '\t', "en", "fr");
                } else {
                    read = readTbx(file);
                }
                outcomes.add(file.getFileName() + ": " + read.concepts().size() + " concepts, "
                        + read.warnings().size() + " warnings");
            } catch (GlossaryFormatException | ApiException e) {
                assertThat(e.getMessage()).as(file.toString()).isNotBlank();
                outcomes.add(file.getFileName() + ": refused: " + e.getMessage());
            }
        }
        outcomes.forEach(System.out::println);
        assertThat(outcomes)
                .anyMatch(o -> o.startsWith("test.tab: 4 concepts"))
                .anyMatch(o -> o.startsWith("testUTF16LE.txt: ") && !o.contains("refused"));
    }

    private static GlossaryFile readTbx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TbxReader.read(in);
        }
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
