package dev.tessera.bench;

import static dev.tessera.support.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.exchange.ExchangeService;
import dev.tessera.exchange.ExportFormat;
import dev.tessera.exchange.ExportOptions;
import dev.tessera.exchange.XliffImport;
import dev.tessera.project.DocumentService;
import dev.tessera.project.NewProject;
import dev.tessera.project.ProjectService;
import dev.tessera.project.SegmentInfo;
import dev.tessera.support.ByteCounter;
import dev.tessera.translation.ImportReport;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Exports of a 100,000-segment document in every format, database reads included (H2), with the demo glossary
 * linked so that XLIFF 2.1 carries its glossary module. Runs only in the benchmark profile.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class ExportBenchmarkTest {

    @Autowired
    ProjectService projects;

    @Autowired
    DocumentService documents;

    @Autowired
    ExchangeService exchange;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    XliffImport xliffImport;

    @Test
    void exportsOfOneHundredThousandSegments() {
        as(
                "manager",
                "MANAGER",
                () -> projects.create(new NewProject("bench-export", "Bench", "en", List.of("zh-Hans"))));
        Long glossary = jdbc.queryForObject("select id from glossary where name = 'china-pakistan'", Long.class);
        jdbc.update(
                "insert into project_glossary (project_id, glossary_id) select id, ? from project where slug = 'bench-export'",
                glossary);
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 100_000; i++) {
            text.append("Row ").append(i).append(": the CPEC links Kabul.\n");
        }
        long doc = as(
                        "manager",
                        "MANAGER",
                        () -> documents.importText(
                                "bench-export", "big.txt", text.toString().getBytes(StandardCharsets.UTF_8)))
                .id();
        List<SegmentInfo> segments = as("translator", "TRANSLATOR", () -> documents.segments(doc, Pageable.unpaged()));
        assertThat(segments).hasSize(100_000);
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (SegmentInfo segment : segments) {
            rows.add(new Object[] {doc, segment.id(), "第" + segment.position() + "行：中巴经济走廊连接喀布尔。", now});
        }
        jdbc.batchUpdate(
                "insert into translation (id, document_id, segment_id, locale, target, status, version,"
                        + " updated_by, updated_at) values (next value for translation_seq, ?, ?, 'zh-Hans', ?, 'APPROVED', 2,"
                        + " 'reviewer', ?)",
                rows);

        System.out.println();
        System.out.println(
                "| export benchmark (100,000 segments, database reads included) | median of 3 after a warm-up | size |");
        System.out.println("|---|---|---|");
        for (ExportFormat format : ExportFormat.values()) {
            ByteCounter[] bytes = {new ByteCounter()};
            List<Long> nanos = FoundationBenchmarkTest.measure(1, 3, () -> {
                bytes[0] = new ByteCounter();
                as("translator", "TRANSLATOR", () -> {
                    ExchangeService.Export export =
                            exchange.prepare(doc, "zh-Hans", format, new ExportOptions(false, false, false));
                    exchange.write(export, bytes[0]);
                    return null;
                });
                return bytes[0].count();
            });
            assertThat(bytes[0].count()).isGreaterThan(1_000_000);
            System.out.printf(
                    "| %s | %.2f s | %.1f MB |%n",
                    format, FoundationBenchmarkTest.median(nanos) / 1e9, bytes[0].count() / 1e6);
        }
        System.out.println();
        importsOfTheSameFiles(doc);
    }

    /** Each XLIFF export imported back: every unit compared with its segment, none written. */
    private void importsOfTheSameFiles(long doc) {
        System.out.println(
                "| import benchmark (the 100,000-segment export back, database included) | median of 3 after a warm-up | result |");
        System.out.println("|---|---|---|");
        for (ExportFormat format : List.of(ExportFormat.XLIFF12, ExportFormat.XLIFF21)) {
            java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
            as("translator", "TRANSLATOR", () -> {
                exchange.write(exchange.prepare(doc, "zh-Hans", format, new ExportOptions(false, false, false)), file);
                return null;
            });
            byte[] bytes = file.toByteArray();
            ImportReport[] report = new ImportReport[1];
            List<Long> nanos = FoundationBenchmarkTest.measure(1, 3, () -> {
                report[0] = as(
                        "reviewer",
                        "REVIEWER",
                        () -> xliffImport.importTranslations(
                                doc, "zh-Hans", new java.io.ByteArrayInputStream(bytes), bytes.length, false));
                return report[0].unchanged();
            });
            assertThat(report[0].unchanged()).isEqualTo(100_000);
            System.out.printf(
                    "| %s, %.1f MB | %.2f s | %d unchanged |%n",
                    format, bytes.length / 1e6, FoundationBenchmarkTest.median(nanos) / 1e9, report[0].unchanged());
        }
        System.out.println();
    }
}
