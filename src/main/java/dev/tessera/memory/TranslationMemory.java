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

    protected TranslationMemory() {}

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
}
