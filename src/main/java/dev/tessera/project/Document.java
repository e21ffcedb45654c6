package dev.tessera.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

@Entity
class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 1)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false)
    private String name;

    @Column(name = "segment_count", nullable = false)
    private int segmentCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "source_text", nullable = false, length = Integer.MAX_VALUE)
    private String sourceText;

    /** The format it arrived in ({@link dev.tessera.formats.SourceFormat#code()}). */
    @Column(nullable = false, length = 16)
    private String format;

    protected Document() {}

    Document(
            Long projectId,
            String name,
            String sourceText,
            int segmentCount,
            String format,
            String createdBy,
            Instant createdAt) {
        this.format = format;
        this.projectId = projectId;
        this.name = name;
        this.sourceText = sourceText;
        this.segmentCount = segmentCount;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    DocumentSummary summary() {
        return new DocumentSummary(id, name, segmentCount, format);
    }
}
