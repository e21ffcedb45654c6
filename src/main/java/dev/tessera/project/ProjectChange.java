package dev.tessera.project;

import java.math.BigDecimal;
import java.util.List;

/** What a manager changes about a project; null fields stay as they are. */
public record ProjectChange(
        String name, Boolean open, List<String> targetLocales, BigDecimal qualityThreshold, Boolean secondReview) {

    public ProjectChange(String name, Boolean open, List<String> targetLocales) {
        this(name, open, targetLocales, null, null);
    }
}
