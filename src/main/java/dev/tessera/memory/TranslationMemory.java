package dev.tessera.memory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named translation memory of one source locale. */
@Entity
@Table(name = "translation_memory")
class TranslationMemory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "translation_memory_seq")
    @SequenceGenerator(name = "translation_memory_seq", sequenceName = "translation_memory_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "source_locale", nullable = false, length = 64)
    private String sourceLocale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The project whose own memory this is, fed by its confirmed segments; null for a memory of TMX files. */
    @Column(name = "project_id")
    private Long projectId;

    /** A project memory also learns TRANSLATED segments, as unapproved units. */
    @Column(name = "include_translated", nullable = false)
    private boolean includeTranslated = true;

    @Column(name = "unapproved_penalty", nullable = false)
    private int unapprovedPenalty = 3;

    protected TranslationMemory() {}

    static TranslationMemory ofProject(long projectId, String name, String sourceLocale, Instant createdAt) {
        TranslationMemory memory = new TranslationMemory(name, sourceLocale, createdAt);
        memory.projectId = projectId;
        return memory;
    }

    TranslationMemory(String name, String sourceLocale, Instant createdAt) {
        this.name = name;
        this.sourceLocale = sourceLocale;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String sourceLocale() {
        return sourceLocale;
    }

    Long projectId() {
        return projectId;
    }

    boolean includeTranslated() {
        return includeTranslated;
    }

    int unapprovedPenalty() {
        return unapprovedPenalty;
    }

    void rename(String name) {
        this.name = name;
    }

    void learning(boolean includeTranslated, int unapprovedPenalty) {
        this.includeTranslated = includeTranslated;
        this.unapprovedPenalty = unapprovedPenalty;
    }
}
