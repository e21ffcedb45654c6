package dev.tessera.project;

import dev.tessera.shared.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** One sentence of a document's source; it never changes once imported. */
@Entity
class Segment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "segment_seq")
    @SequenceGenerator(name = "segment_seq", sequenceName = "segment_seq", allocationSize = 100)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int paragraph;

    @Column(name = "source_start", nullable = false)
    private int sourceStart;

    @Column(name = "source_end", nullable = false)
    private int sourceEnd;

    @Column(nullable = false, length = Columns.LONG_TEXT)
    private String source;

    protected Segment() {
    }

    Segment(Long documentId, int position, int paragraph, int sourceStart, int sourceEnd, String source) {
        this.documentId = documentId;
        this.position = position;
        this.paragraph = paragraph;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
        this.source = source;
    }
}
