package dev.tessera.glossary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** A managed glossary: a named set of concepts that projects link to. */
@Entity
class Glossary {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "glossary_seq")
    @SequenceGenerator(name = "glossary_seq", sequenceName = "glossary_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whether concepts changed since the glossary was last read from or written to its folder file. */
    @Column(name = "changed_since_sync", nullable = false)
    private boolean changedSinceSync;

    /** The hash of a folder file that changed while the database changed too, and was therefore not read. */
    @Column(name = "folder_conflict", length = 64)
    private String folderConflict;

    protected Glossary() {}

    Glossary(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    boolean changedSinceSync() {
        return changedSinceSync;
    }

    String folderConflict() {
        return folderConflict;
    }

    void changed() {
        changedSinceSync = true;
    }

    /** The database and the folder file hold the same glossary (after a read or a write). */
    void synced() {
        changedSinceSync = false;
        folderConflict = null;
    }

    void conflict(String fileHash) {
        folderConflict = fileHash;
    }
}
