package dev.tessera.translation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many segments of a document have each status in one target locale. */
public record LocaleProgress(String locale, int total, Map<TranslationStatus, Long> counts) {

    public LocaleProgress {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    public long count(TranslationStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    /** Share of segments that are finished (TRANSLATED or APPROVED), 0 to 1. */
    public double finishedShare() {
        return total == 0
                ? 0
                : (count(TranslationStatus.TRANSLATED) + count(TranslationStatus.APPROVED)) / (double) total;
    }
}
