package dev.tessera.translation.quality;

import dev.tessera.qa.Finding;
import dev.tessera.qa.TextSpan;
import dev.tessera.translation.QualityRow;
import dev.tessera.translation.SegmentFinding;
import dev.tessera.translation.review.QaWaiver;
import dev.tessera.translation.review.QaWaiverRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stored findings as rows: inserted in JDBC batches, with the waivers that cover them. */
@Component
class FindingRows {

    private static final int MAX_MESSAGE = 4000;
    private static final String INSERT = "insert into qa_finding (translation_id, document_id, segment_id, locale,"
            + " check_name, severity, message, waived, message_key, message_args, span_start, span_end, suggestions)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Between the values of a message in its column: a character no text of a segment holds. */
    static final String ARGS_SEPARATOR = "\u001F";

    private final JdbcTemplate jdbcTemplate;
    private final QaWaiverRepository waivers;

    FindingRows(JdbcTemplate jdbcTemplate, QaWaiverRepository waivers) {
        this.jdbcTemplate = jdbcTemplate;
        this.waivers = waivers;
    }

    /** The finding as it is stored: its message cut to the column's size. */
    static SegmentFinding stored(Finding finding, boolean waived) {
        String message = finding.message();
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
        List<String> args = finding.args();
        TextSpan span = finding.span();
        if (span != null && String.join(ARGS_SEPARATOR, span.suggestions()).length() > MAX_MESSAGE) {
            span = new TextSpan(span.start(), span.end(), List.of());
        }
        if (String.join(ARGS_SEPARATOR, args).length() > MAX_MESSAGE) {
            return new SegmentFinding(finding.check(), finding.severity(), message, waived, null, List.of(), span);
        }
        return new SegmentFinding(finding.check(), finding.severity(), message, waived, finding.key(), args, span);
    }

    /** The values of one row to insert. */
    static Object[] insertRow(QualityRow row, String locale, SegmentFinding finding) {
        return new Object[] {
            row.translationId(),
            row.documentId(),
            row.segmentId(),
            locale,
            finding.check(),
            finding.severity().name(),
            finding.message(),
            finding.waived(),
            finding.messageKey(),
            finding.messageKey() == null ? null : String.join(ARGS_SEPARATOR, finding.messageArgs()),
            finding.start(),
            finding.end(),
            finding.suggestions() == null ? null : String.join(ARGS_SEPARATOR, finding.suggestions())
        };
    }

    /** Inserts the rows, a batch at a time, in the caller's transaction. */
    void insert(List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += QualityService.CHUNK) {
            jdbcTemplate.batchUpdate(INSERT, rows.subList(i, Math.min(rows.size(), i + QualityService.CHUNK)));
        }
    }

    /** "segmentId check" of every waiver of these rows' segments in the locale, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Set<String> waived(String locale, List<QualityRow> rows) {
        Set<String> waived = new HashSet<>();
        List<Long> segmentIds = rows.stream().map(QualityRow::segmentId).toList();
        for (int i = 0; i < segmentIds.size(); i += QualityService.CHUNK) {
            List<Long> chunk = segmentIds.subList(i, Math.min(segmentIds.size(), i + QualityService.CHUNK));
            for (QaWaiver waiver : waivers.findForSegments(locale, chunk)) {
                waived.add(waiver.segmentId() + " " + waiver.check());
            }
        }
        return waived;
    }
}
