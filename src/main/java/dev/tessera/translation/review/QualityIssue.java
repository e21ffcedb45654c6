package dev.tessera.translation.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A typed quality issue a reviewer filed on one version of a segment's translation. */
@Entity
@Table(name = "quality_issue")
class QualityIssue {

    /** How the issue was filed. */
    enum Origin {
        REJECTION,
        ANNOTATION,
        IMPORT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "segment_id", nullable = false)
    private Long segmentId;

    @Column(nullable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IssueCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IssueSeverity severity;

    @Column(name = "span_start")
    private Integer start;

    @Column(name = "span_end")
    private Integer end;

    /** The target the reviewer read: a span is shown only while the translation still says this. */
    @Column(nullable = false, length = 10000)
    private String target;

    @Column(name = "translation_version", nullable = false)
    private int version;

    @Column(length = 4000)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;

    @Column(nullable = false)
    private String reviewer;

    private String translator;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QualityIssue() {}

    QualityIssue(
            long documentId,
            long segmentId,
            String locale,
            IssueRequest request,
            String target,
            int version,
            Origin origin,
            String reviewer,
            String translator,
            Instant createdAt) {
        this.documentId = documentId;
        this.segmentId = segmentId;
        this.locale = locale;
        this.category = request.category();
        this.severity = request.severity();
        this.start = request.start();
        this.end = request.end();
        this.comment = request.comment() == null || request.comment().isBlank()
                ? null
                : request.comment().strip();
        this.target = target;
        this.version = version;
        this.origin = origin;
        this.reviewer = reviewer;
        this.translator = translator;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long documentId() {
        return documentId;
    }

    long segmentId() {
        return segmentId;
    }

    String reviewer() {
        return reviewer;
    }

    QualityScore.Counted counted() {
        return new QualityScore.Counted(category, severity);
    }

    /** The issue as the API and the editor show it; {@code current} is the translation's text now. */
    Issue view(String current) {
        boolean standing = target.equals(current);
        return new Issue(
                id,
                segmentId,
                locale,
                category,
                severity,
                severity.points(),
                start,
                end,
                start == null ? null : target.substring(start, end),
                comment,
                origin.name(),
                reviewer,
                translator,
                createdAt,
                version,
                standing);
    }
}
