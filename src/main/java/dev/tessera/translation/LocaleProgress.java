package dev.tessera.translation;

import dev.tessera.project.DocumentSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many segments of a document have each status in one target locale. */
public record LocaleProgress(String locale, int total, Map<TranslationStatus, Long> counts) {

    public LocaleProgress {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** Status counts per document and target locale; segments without a translation count as UNTRANSLATED. */
    static Map<Long, List<LocaleProgress>> perDocument(
            List<String> targetLocales, List<DocumentSummary> documents, List<StatusCount> statusCounts) {
        Map<Long, Map<String, Map<TranslationStatus, Long>>> counted = new HashMap<>();
        for (StatusCount c : statusCounts) {
            counted.computeIfAbsent(c.documentId(), id -> new HashMap<>())
                    .computeIfAbsent(c.locale(), l -> new EnumMap<>(TranslationStatus.class))
                    .merge(c.status(), c.count(), Long::sum);
        }
        Map<Long, List<LocaleProgress>> progress = new LinkedHashMap<>();
        for (DocumentSummary document : documents) {
            List<LocaleProgress> perLocale = new ArrayList<>();
            for (String locale : targetLocales) {
                Map<TranslationStatus, Long> counts = new EnumMap<>(TranslationStatus.class);
                counts.putAll(counted.getOrDefault(document.id(), Map.of()).getOrDefault(locale, Map.of()));
                long touched =
                        counts.values().stream().mapToLong(Long::longValue).sum();
                counts.merge(TranslationStatus.UNTRANSLATED, document.segmentCount() - touched, Long::sum);
                perLocale.add(new LocaleProgress(locale, document.segmentCount(), counts));
            }
            progress.put(document.id(), perLocale);
        }
        return progress;
    }

    public long count(TranslationStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    /** Share of segments that are finished (TRANSLATED, APPROVED or SIGNED_OFF), 0 to 1. */
    public double finishedShare() {
        return total == 0
                ? 0
                : (count(TranslationStatus.TRANSLATED)
                                + count(TranslationStatus.APPROVED)
                                + count(TranslationStatus.SIGNED_OFF))
                        / (double) total;
    }
}
