package dev.tessera.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@Entity
class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(name = "source_locale", nullable = false)
    private String sourceLocale;

    /** Canonical BCP 47 tags separated by commas, in the order the manager gave them. */
    @Column(name = "target_locales", nullable = false)
    private String targetLocales;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Open: every signed-in user works on it with their global role; closed: only members see it. */
    @Column(name = "open_to_all", nullable = false)
    private boolean openToAll = true;

    /** MQM penalty points per 1,000 source words above which a document's translation fails review. */
    @Column(name = "quality_threshold", nullable = false)
    private BigDecimal qualityThreshold = ProjectInfo.DEFAULT_QUALITY_THRESHOLD;

    /** A second review step: an APPROVED segment awaits a sign-off by someone other than its approver. */
    @Column(name = "second_review", nullable = false)
    private boolean secondReview;

    /** Abbreviations of the source language after which a sentence never ends, one per line. */
    @Column(length = 4000)
    private String abbreviations;

    protected Project() {}

    Project(String slug, String name, String sourceLocale, List<String> targetLocales, Instant createdAt) {
        this.slug = slug;
        this.name = name;
        this.sourceLocale = sourceLocale;
        this.targetLocales = String.join(",", targetLocales);
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    ProjectInfo info() {
        return new ProjectInfo(
                id,
                slug,
                name,
                sourceLocale,
                Arrays.asList(targetLocales.split(",")),
                openToAll,
                qualityThreshold,
                secondReview,
                abbreviations == null || abbreviations.isEmpty() ? List.of() : List.of(abbreviations.split("\n")));
    }

    void abbreviations(List<String> abbreviations) {
        this.abbreviations = abbreviations.isEmpty() ? null : String.join("\n", abbreviations);
    }

    void rename(String name) {
        this.name = name;
    }

    void open(boolean open) {
        this.openToAll = open;
    }

    void secondReview(boolean secondReview) {
        this.secondReview = secondReview;
    }

    void qualityThreshold(BigDecimal threshold) {
        this.qualityThreshold = threshold;
    }

    void targetLocales(List<String> locales) {
        this.targetLocales = String.join(",", locales);
    }
}
