package dev.tessera.audit;

import dev.tessera.shared.AuditEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored audit event. Texts longer than their columns are cut, so that logging never fails an action. */
@Entity
@Table(name = "audit_event")
class AuditEntry {

    static final int MAX_DETAIL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(length = 500)
    private String target;

    @Column(length = MAX_DETAIL)
    private String detail;

    @Column(name = "project_slug", length = 63)
    private String projectSlug;

    protected AuditEntry() {}

    AuditEntry(AuditEvent event, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.actor = cut(event.actor() == null || event.actor().isEmpty() ? "unknown" : event.actor(), 255);
        this.action = cut(event.action(), 64);
        this.target = cut(event.target(), 500);
        this.detail = cut(event.detail(), MAX_DETAIL);
        this.projectSlug = cut(event.project(), 63);
    }

    AuditRecord view() {
        return new AuditRecord(occurredAt, actor, action, target, detail, projectSlug);
    }

    /** At most {@code max} characters, never half a surrogate pair, and no NUL (PostgreSQL refuses it in text). */
    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.replace('\u0000', '\uFFFD');
        if (clean.length() <= max) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
        return clean.substring(0, end);
    }
}
