package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.glossary.TermMention;
import dev.tessera.support.ByteCounter;
import dev.tessera.translation.Comment;
import dev.tessera.translation.ExportRow;
import dev.tessera.translation.TranslationStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 100,000 segments of about 2 KB each through every writer, in a JVM with a 256 MB heap (the surefire execution
 * "small-heap"): each file is some 200 MB or more, so a writer that held its output, or a reader that held all rows,
 * would run out of memory. Rows are made a page at a time, as the database reader gives them.
 */
@Tag("smallheap")
class ExportStreamingTest {

    private static final int SEGMENTS = 100_000;
    private static final String SOURCE = "The CPEC links Kashgar and Gwadar; ".repeat(28);
    private static final String TARGET = "中巴经济走廊连接喀什和瓜达尔港，".repeat(64);

    @Test
    void everyFormatStreams() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("the small-heap execution runs this")
                .isLessThan(300L << 20);
        List<TermMention> terms = List.of(new TermMention("CPEC", 4, 8, 1, List.of("中巴经济走廊"), List.of()));
        long xliff12 = count(out -> Xliff12Writer.write("big.txt", "en", "zh-Hans", rows(), out));
        long xliff21 = count(out -> Xliff21Writer.write("big.txt", "en", "zh-Hans", rows(), source -> terms, out));
        long tmx = count(out -> TmxWriter.write("en", "zh-Hans", rows(), true, Instant.EPOCH, out));
        assertThat(xliff12).isGreaterThan(200L << 20);
        assertThat(xliff21).isGreaterThan(200L << 20);
        assertThat(tmx).isGreaterThan(200L << 20);
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < SEGMENTS; i++) {
            source.append("Line ").append(i).append(".\n");
        }
        long text = count(out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                TextExport.write(
                        source.toString(), rows(), "en", "zh", TranslationStatus.published(false, false), writer);
                writer.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(text).isGreaterThan(100L << 20);
    }

    private static Rows rows() {
        return new Rows(after -> {
            List<ExportRow> page = new ArrayList<>();
            for (int position = after + 1; position <= Math.min(SEGMENTS, after + ExchangeService.PAGE); position++) {
                page.add(new ExportRow(
                        position,
                        position,
                        position,
                        SOURCE,
                        TARGET,
                        position % 2 == 0 ? TranslationStatus.APPROVED : TranslationStatus.TRANSLATED,
                        2,
                        "translator",
                        Instant.EPOCH,
                        "reviewer",
                        Instant.EPOCH,
                        List.of(new Comment("reviewer", Instant.EPOCH, "Fine.")),
                        null));
            }
            return page;
        });
    }

    private static long count(java.util.function.Consumer<OutputStream> write) {
        ByteCounter bytes = new ByteCounter();
        long start = System.nanoTime();
        write.accept(bytes);
        System.out.printf(
                "export of %,d segments: %,d bytes in %.1f s%n",
                SEGMENTS, bytes.count(), (System.nanoTime() - start) / 1e9);
        return bytes.count();
    }
}
