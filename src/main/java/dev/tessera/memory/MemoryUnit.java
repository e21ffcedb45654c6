package dev.tessera.memory;

import dev.tessera.shared.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One source sentence of a memory with its translation into one target locale, inline codes as markers in the
 * text and whole (as JSON) beside it, who made and last changed it and when, and the file's properties (as JSON).
 */
@Entity
@Table(name = "memory_unit")
class MemoryUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "memory_unit_seq")
    @SequenceGenerator(name = "memory_unit_seq", sequenceName = "memory_unit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "memory_id", nullable = false)
    private Long memoryId;

    @Column(name = "target_locale", nullable = false, length = 64)
    private String targetLocale;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String target;

    @Column(name = "source_hash", nullable = false, length = 64)
    private String sourceHash;

    @Column(name = "target_hash", nullable = false, length = 64)
    private String targetHash;

    @Column(name = "source_codes")
    private String sourceCodes;

    @Column(name = "target_codes")
    private String targetCodes;

    @Column(name = "created_by", length = 200)
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "changed_by", length = 200)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    private String props;

    /** For a unit learnt from a project: the segment and document it came from, and its neighbours' hash. */
    @Column(name = "segment_id")
    private Long segmentId;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "context_hash", length = 64)
    private String contextHash;

    /** False for a unit learnt from a TRANSLATED segment not yet approved. */
    @Column(nullable = false)
    private boolean approved = true;

    protected MemoryUnit() {}

    /** A unit learnt from a project's segment; its target comes with {@link #learn}. */
    static MemoryUnit learnt(long memoryId, String targetLocale, UnitText source, Origin origin) {
        MemoryUnit unit = new MemoryUnit(memoryId, targetLocale, source);
        unit.segmentId = origin.segmentId();
        unit.documentId = origin.documentId();
        unit.contextHash = origin.contextHash();
        return unit;
    }

    /** Where a learnt unit came from. */
    record Origin(long segmentId, long documentId, String contextHash) {}

    /** The hash a CONTEXT match compares: the sources before and after the sentence in its document. */
    static String contextHash(String previousSource, String nextSource) {
        return Sha256.hex(previousSource + "\u0000" + nextSource);
    }

    /** A learnt unit takes the segment's current translation, by whom and when; the first one also made it. */
    void learn(UnitText target, boolean approved, String by, Instant at, String props) {
        target(target);
        this.approved = approved;
        boolean first = createdAt == null;
        record(new UnitHistory(first ? by : createdBy, first ? at : createdAt, by, at, props));
    }

    Long id() {
        return id;
    }

    long memoryId() {
        return memoryId;
    }

    Long segmentId() {
        return segmentId;
    }

    Long documentId() {
        return documentId;
    }

    String contextHash() {
        return contextHash;
    }

    boolean approved() {
        return approved;
    }

    MemoryUnit(long memoryId, String targetLocale, UnitText source, UnitText target, UnitHistory history) {
        this(memoryId, targetLocale, source);
        target(target);
        record(history);
    }

    private MemoryUnit(long memoryId, String targetLocale, UnitText source) {
        this.memoryId = memoryId;
        this.targetLocale = targetLocale;
        this.source = source.text();
        this.sourceHash = source.hash();
        this.sourceCodes = source.codes();
    }

    private void target(UnitText target) {
        this.target = target.text();
        this.targetHash = target.hash();
        this.targetCodes = target.codes();
    }

    /** A text as stored: markers in it, its hash, its codes as JSON (or null without codes). */
    record UnitText(String text, String hash, String codes) {

        static UnitText of(String text, String codes) {
            return new UnitText(text, Sha256.hex(text), codes);
        }
    }

    /** Who made and changed a unit and when, and its properties as JSON. */
    record UnitHistory(String createdBy, Instant createdAt, String changedBy, Instant changedAt, String props) {}

    void record(UnitHistory history) {
        this.createdBy = history.createdBy();
        this.createdAt = history.createdAt();
        this.changedBy = history.changedBy();
        this.changedAt = history.changedAt();
        this.props = history.props();
    }

    String targetLocale() {
        return targetLocale;
    }

    String source() {
        return source;
    }

    String target() {
        return target;
    }

    String sourceHash() {
        return sourceHash;
    }

    String targetHash() {
        return targetHash;
    }

    String sourceCodes() {
        return sourceCodes;
    }

    String targetCodes() {
        return targetCodes;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    String changedBy() {
        return changedBy;
    }

    Instant changedAt() {
        return changedAt;
    }

    String props() {
        return props;
    }
}
