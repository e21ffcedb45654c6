package dev.tessera.translation.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reviewer's written decision that one check's findings on a segment's current text may stand. */
@Entity
@Table(name = "qa_waiver")
public class QaWaiver {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "segment_id", nullable = false)
    private Long segmentId;

    @Column(nullable = false)
    private String locale;

    @Column(name = "check_name", nullable = false)
    private String check;

    @Column(nullable = false, length = 4000)
    private String reason;

    @Column(nullable = false)
    private String reviewer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QaWaiver() {}

    QaWaiver(Long segmentId, String locale, String check, String reason, String reviewer, Instant createdAt) {
        this.segmentId = segmentId;
        this.locale = locale;
        this.check = check;
        this.reason = reason;
        this.reviewer = reviewer;
        this.createdAt = createdAt;
    }

    public Long segmentId() {
        return segmentId;
    }

    public String check() {
        return check;
    }

    public Waiver view() {
        return new Waiver(check, reason, reviewer, createdAt);
    }
}
