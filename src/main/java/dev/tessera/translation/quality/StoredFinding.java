package dev.tessera.translation.quality;

import dev.tessera.qa.Severity;
import dev.tessera.qa.TextSpan;
import dev.tessera.translation.SegmentFinding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/**
 * A stored QA finding of one translation. Rows are written in JDBC batches by {@link QualityService} and read
 * here, so that lists, counts and the severity filter are plain queries.
 */
@Entity
@Table(name = "qa_finding")
public class StoredFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "translation_id", nullable = false)
    private Long translationId;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "segment_id", nullable = false)
    private Long segmentId;

    @Column(nullable = false)
    private String locale;

    @Column(name = "check_name", nullable = false)
    private String check;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Column(nullable = false, length = 4000)
    private String message;

    @Column(nullable = false)
    private boolean waived;

    @Column(name = "message_key")
    private String messageKey;

    @Column(name = "message_args", length = 4000)
    private String messageArgs;

    @Column(name = "span_start")
    private Integer spanStart;

    @Column(name = "span_end")
    private Integer spanEnd;

    @Column(length = 4000)
    private String suggestions;

    protected StoredFinding() {}

    Long segmentId() {
        return segmentId;
    }

    SegmentFinding issue() {
        return new SegmentFinding(
                check,
                severity,
                message,
                waived,
                messageKey,
                messageKey == null || messageArgs == null || messageArgs.isEmpty()
                        ? List.of()
                        : List.of(messageArgs.split(FindingRows.ARGS_SEPARATOR, -1)),
                spanStart == null || spanEnd == null
                        ? null
                        : new TextSpan(
                                spanStart,
                                spanEnd,
                                suggestions == null || suggestions.isEmpty()
                                        ? List.of()
                                        : List.of(suggestions.split(FindingRows.ARGS_SEPARATOR, -1))));
    }
}
