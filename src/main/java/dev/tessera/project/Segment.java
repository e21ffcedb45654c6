package dev.tessera.project;

import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * One sentence of a document's source: a range of the document's text, which never changes; the range moves only
 * when a segment is joined with the next or split ({@link SegmentEdits}). Part of the project feature's API: the
 * translation feature joins it with its translations in JPQL.
 */
@Entity
public class Segment {

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

    /** The segment's inline codes (JSON, the exchange feature's format), null when it has none. */
    @Column(length = Columns.LONG_TEXT)
    private String codes;

    /** The first segment of its paragraph. */
    @Column(name = "paragraph_start", nullable = false)
    private boolean paragraphStart;

    protected Segment() {}

    Segment(
            Long documentId,
            int position,
            int paragraph,
            boolean paragraphStart,
            int sourceStart,
            int sourceEnd,
            String source) {
        this(documentId, position, paragraph, paragraphStart, sourceStart, sourceEnd, source, null);
    }

    Segment(
            Long documentId,
            int position,
            int paragraph,
            boolean paragraphStart,
            int sourceStart,
            int sourceEnd,
            String source,
            String codes) {
        this.codes = codes;
        this.paragraphStart = paragraphStart;
        this.documentId = documentId;
        this.position = position;
        this.paragraph = paragraph;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
        this.source = source;
    }

    /** Takes in the next segment of the block: the range runs on to its end, the block's codes with it. */
    void extendTo(Segment next, String documentText) {
        sourceEnd = next.sourceEnd;
        source = documentText.substring(sourceStart, sourceEnd);
        codes = codes != null ? codes : next.codes;
    }

    /**
     * Ends this segment at {@code offset} of its source and answers the rest as a new segment at the next position;
     * the white space at the cut belongs to neither.
     */
    Segment cutAt(int offset) {
        String head = source.substring(0, offset).stripTrailing();
        String rest = source.substring(offset);
        String tail = rest.stripLeading();
        int tailStart = sourceStart + offset + (rest.length() - tail.length());
        Segment second = new Segment(
                documentId,
                position + 1,
                paragraph,
                false,
                tailStart,
                sourceEnd,
                tail,
                CodeMarkers.hasMarkers(tail) ? codes : null);
        sourceEnd = sourceStart + head.length();
        source = head;
        codes = CodeMarkers.hasMarkers(head) ? codes : null;
        return second;
    }

    public Long getId() {
        return id;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public int getPosition() {
        return position;
    }

    public int getParagraph() {
        return paragraph;
    }

    public boolean isParagraphStart() {
        return paragraphStart;
    }

    public String getCodes() {
        return codes;
    }

    public String getSource() {
        return source;
    }
}
