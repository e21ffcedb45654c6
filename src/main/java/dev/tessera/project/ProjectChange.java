package dev.tessera.project;

import java.math.BigDecimal;
import java.util.List;

/** What a manager changes about a project; null fields stay as they are. */
public record ProjectChange(
        String name,
        Boolean open,
        List<String> targetLocales,
        BigDecimal qualityThreshold,
        Boolean secondReview,
        List<String> abbreviations) {

    public ProjectChange(String name, Boolean open, List<String> targetLocales) {
        this(name, open, targetLocales, null, null, null);
    }

    public ProjectChange(
            String name, Boolean open, List<String> targetLocales, BigDecimal qualityThreshold, Boolean secondReview) {
        this(name, open, targetLocales, qualityThreshold, secondReview, null);
    }

    /** Only the project's abbreviations change. */
    public static ProjectChange abbreviations(List<String> abbreviations) {
        return new ProjectChange(null, null, null, null, null, abbreviations);
    }
}
