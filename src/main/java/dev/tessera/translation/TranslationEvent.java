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
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a translation, kept for the history. */
@Entity
@Table(name = "translation_event")
public class TranslationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "translation_event_seq")
    @SequenceGenerator(name = "translation_event_seq", sequenceName = "translation_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "segment_id", nullable = false)
    private Long segmentId;

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "old_target", length = Columns.LONG_TEXT)
    private String oldTarget;

    @Column(name = "new_target", length = Columns.LONG_TEXT)
    private String newTarget;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_status", nullable = false)
    private TranslationStatus oldStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", nullable = false)
    private TranslationStatus newStatus;

    @Column(length = 4000)
    private String comment;

    protected TranslationEvent() {}

    public TranslationEvent(
            Long segmentId,
            String locale,
            String actor,
            Instant occurredAt,
            TranslationState before,
            TranslationState after,
            String comment) {
        this.segmentId = segmentId;
        this.locale = locale;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.oldTarget = before.target();
        this.oldStatus = before.status();
        this.newTarget = after.target();
        this.newStatus = after.status();
        this.comment = comment;
    }

    TranslationStatus newStatus() {
        return newStatus;
    }

    String actor() {
        return actor;
    }

    boolean changedText() {
        return !java.util.Objects.equals(oldTarget, newTarget);
    }

    HistoryEntry entry() {
        return new HistoryEntry(actor, occurredAt, oldTarget, newTarget, oldStatus, newStatus, comment);
    }
}
