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

    protected Glossary() {
    }

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
}
