package dev.tessera.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project as other features see it.
 *
 * @param open every signed-in user works on it with their global role; when closed, only its members see it
 * @param qualityThreshold the MQM penalty points per 1,000 source words a document's translation may have and pass
 * @param secondReview an APPROVED segment awaits a sign-off (SIGNED_OFF) by someone other than its approver
 * @param abbreviations the project's own abbreviations of its source language, after which the segmenter never ends a
 *     sentence (lower case, without the final full stop)
 */
public record ProjectInfo(
        long id,
        String slug,
        String name,
        String sourceLocale,
        List<String> targetLocales,
        boolean open,
        BigDecimal qualityThreshold,
        boolean secondReview,
        List<String> abbreviations) {

    public static final BigDecimal DEFAULT_QUALITY_THRESHOLD = BigDecimal.TEN;

    public ProjectInfo {
        targetLocales = List.copyOf(targetLocales);
        abbreviations = abbreviations == null ? List.of() : List.copyOf(abbreviations);
    }

    public boolean hasTargetLocale(String canonicalLocale) {
        return targetLocales.contains(canonicalLocale);
    }
}
