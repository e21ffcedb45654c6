package dev.tessera.translation;

import dev.tessera.shared.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/**
 * The target of one segment in one locale. The version is checked by hand against the writer's (an update
 * names the version it read), so a stale write changes nothing.
 */
@Entity
public class Translation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "translation_seq")
    @SequenceGenerator(name = "translation_seq", sequenceName = "translation_seq", allocationSize = 1)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "segment_id", nullable = false)
    private Long segmentId;

    @Column(nullable = false)
    private String locale;

    @Column(length = Columns.LONG_TEXT)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TranslationStatus status;

    @Column(nullable = false)
    private int version;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The segment whose confirmed translation was copied here; cleared by the next edit. */
    @Column(name = "propagated_from")
    private Long propagatedFrom;

    protected Translation() {}

    Translation(
            Long documentId,
            Long segmentId,
            String locale,
            String target,
            TranslationStatus status,
            String updatedBy,
            Instant updatedAt) {
        this.documentId = documentId;
        this.segmentId = segmentId;
        this.locale = locale;
        this.target = target;
        this.status = status;
        this.version = 1;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public Long id() {
        return id;
    }

    static Translation propagated(
            Long documentId, Long segmentId, String locale, String target, Long from, String actor, Instant at) {
        Translation translation =
                new Translation(documentId, segmentId, locale, target, TranslationStatus.DRAFT, actor, at);
        translation.propagatedFrom = from;
        return translation;
    }

    Long propagatedFrom() {
        return propagatedFrom;
    }

    String updatedBy() {
        return updatedBy;
    }

    public Long segmentId() {
        return segmentId;
    }

    public TranslationState state() {
        return new TranslationState(target, status, version);
    }
}
