package dev.tessera.bench;

import static dev.tessera.support.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.exchange.ExchangeService;
import dev.tessera.exchange.ExportFormat;
import dev.tessera.exchange.ExportOptions;
import dev.tessera.formats.SourceFormat;
import dev.tessera.formats.TestDocx;
import dev.tessera.project.DocumentService;
import dev.tessera.project.NewProject;
import dev.tessera.project.ProjectService;
import dev.tessera.project.SegmentInfo;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.support.ByteCounter;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.ActiveProfiles;

/**
 * Import and export in the original format of a 50,000-word article as HTML and as a DOCX the way Word writes it
 * (sentences split into runs by revision ids and proofing marks, a bold term and a link per paragraph), database
 * included (H2); and how many codes a segment of the Word file carries before and after Word's noise is merged.
 * Runs only in the benchmark profile.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class FormatsBenchmarkTest {

    private static final String SENTENCE = "The corridor links the port of Gwadar to Kashgar across %d kilometres of"
            + " mountain roads, and its projects employ thousands of workers in both countries.";
    private static final int PARAGRAPHS = 500;
    private static final int SENTENCES = 4;

    @Autowired
    ProjectService projects;

    @Autowired
    DocumentService documents;

    @Autowired
    ExchangeService exchange;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aFiftyThousandWordArticleInAndOutAsHtmlAndDocx() {
        String slug = "bench-formats-" + UUID.randomUUID().toString().substring(0, 6);
        as("manager", "MANAGER", () -> projects.create(new NewProject(slug, "Bench formats", "en", List.of("fr"))));
        System.out.println();
        System.out.println("| original-format benchmark (50,000 words, database included) | import | export (every"
                + " segment translated) | heap after import | segments | codes per segment |");
        System.out.println("|---|---|---|---|---|---|");
        measure(slug, SourceFormat.HTML, html());
        byte[] docx = docx();
        measure(slug, SourceFormat.DOCX, docx);
        System.out.printf(
                "%nWord file: %.1f runs per paragraph as written: %.1f codes per segment if each run were a code"
                        + " pair%n%n",
                runsPerParagraph(docx), 2 * runsPerParagraph(docx) / SENTENCES);
    }

    private void measure(String slug, SourceFormat format, byte[] file) {
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        long doc = as(
                        "manager",
                        "MANAGER",
                        () -> documents.importFile(
                                slug,
                                "article-" + format.code() + "." + format.extension(),
                                format,
                                new ByteArrayInputStream(file),
                                file.length))
                .id();
        double importSeconds = (System.nanoTime() - start) / 1e9;
        long heap = usedHeap() - heapBefore;
        List<SegmentInfo> segments = as("translator", "TRANSLATOR", () -> documents.segments(doc, Pageable.unpaged()));
        long markers = segments.stream()
                .mapToLong(s -> s.source()
                        .chars()
                        .filter(c -> CodeMarkers.isMarker((char) c))
                        .count())
                .sum();
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.batchUpdate(
                "insert into translation (id, document_id, segment_id, locale, target, status, version, updated_by,"
                        + " updated_at) values (next value for translation_seq, ?, ?, 'fr', ?, 'TRANSLATED', 1,"
                        + " 'translator', ?)",
                segments.stream()
                        .map(s -> new Object[] {doc, s.id(), "FR " + s.source(), now})
                        .toList());
        ByteCounter bytes = new ByteCounter();
        start = System.nanoTime();
        as("translator", "TRANSLATOR", () -> {
            ExchangeService.Export export =
                    exchange.prepare(doc, "fr", ExportFormat.ORIGINAL, new ExportOptions(false, false, false));
            exchange.write(export, bytes);
            return null;
        });
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(bytes.count()).isGreaterThan(10_000);
        System.out.printf(
                "| %s, %.0f KB | %.2f s | %.2f s | %d MB | %d | %.2f |%n",
                format.code(),
                file.length / 1e3,
                importSeconds,
                exportSeconds,
                heap / (1024 * 1024),
                segments.size(),
                markers / (double) segments.size());
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** 500 paragraphs of four 25-word sentences (50,000 words), a bold term and a link in each. */
    static byte[] html() {
        StringBuilder html = new StringBuilder(
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Corridor</title>" + "</head>\n<body>\n");
        for (int p = 0; p < PARAGRAPHS; p++) {
            html.append(p % 20 == 0 ? "<h2>Section " + p + " of the report</h2>\n" : "")
                    .append("<p>");
            for (int s = 0; s < SENTENCES; s++) {
                String sentence = SENTENCE.formatted(p * SENTENCES + s);
                html.append(s == 1 ? sentence.replace("Gwadar", "<b>Gwadar</b>") : sentence)
                        .append(s == 2 ? " See <a href=\"https://example.org/" + p + "\">the map</a>." : "")
                        .append(' ');
            }
            html.append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same article as Word writes it: each sentence in runs split by revision ids and proofing marks. */
    static byte[] docx() {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < PARAGRAPHS; p++) {
            body.append("<w:p w:rsidR=\"00A1").append(p % 10).append("\"><w:pPr><w:spacing w:after=\"120\"/></w:pPr>");
            for (int s = 0; s < SENTENCES; s++) {
                String[] words = SENTENCE.formatted(p * SENTENCES + s).split(" ");
                for (int w = 0; w < words.length; w += 6) {
                    String piece =
                            String.join(" ", java.util.Arrays.copyOfRange(words, w, Math.min(words.length, w + 6)));
                    boolean bold = s == 1 && piece.contains("Gwadar");
                    if (w == 6) {
                        body.append("<w:proofErr w:type=\"spellStart\"/>");
                    }
                    body.append("<w:r w:rsidR=\"00B")
                            .append(w)
                            .append("\"><w:rPr>")
                            .append(w % 12 == 0 ? "<w:lang w:val=\"en-GB\"/>" : "<w:noProof/>")
                            .append("</w:rPr><w:t xml:space=\"preserve\">")
                            .append(bold ? piece.replace("Gwadar", "") : piece)
                            .append(' ')
                            .append("</w:t></w:r>");
                    if (bold) {
                        body.append(
                                "<w:r><w:rPr><w:b/></w:rPr><w:t>Gwadar</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>");
                    }
                    if (w == 6) {
                        body.append("<w:proofErr w:type=\"spellEnd\"/>");
                    }
                }
            }
            body.append("</w:p>");
        }
        Map<String, byte[]> parts = new LinkedHashMap<>(TestDocx.unzip(TestDocx.article()));
        String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        parts.put(
                "word/document.xml",
                document.replace("<w:body>", "<w:body>" + body).getBytes(StandardCharsets.UTF_8));
        return TestDocx.rezip(parts);
    }

    private static double runsPerParagraph(byte[] docx) {
        String document = new String(TestDocx.unzip(docx).get("word/document.xml"), StandardCharsets.UTF_8);
        int runs = document.split("<w:r[ >]", -1).length - 1;
        int paragraphs = document.split("<w:p[ >]", -1).length - 1;
        return runs / (double) paragraphs;
    }
}
