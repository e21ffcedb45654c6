package dev.tessera.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message in the thread of a segment and locale. */
@Entity
@Table(name = "translation_comment")
public class TranslationComment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "translation_comment_seq")
    @SequenceGenerator(name = "translation_comment_seq", sequenceName = "translation_comment_seq", allocationSize = 1)
    private Long id;

    @Column(name = "segment_id", nullable = false)
    private Long segmentId;

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 4000)
    private String body;

    protected TranslationComment() {}

    public TranslationComment(Long segmentId, String locale, String author, Instant createdAt, String body) {
        this.segmentId = segmentId;
        this.locale = locale;
        this.author = author;
        this.createdAt = createdAt;
        this.body = body;
    }

    public Comment view() {
        return new Comment(author, createdAt, body);
    }
}
