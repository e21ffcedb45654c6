package dev.tessera.translation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** How far one locale of a document is: segments and source words per status, and QA errors and warnings. */
public record LocaleStatistics(
        String locale,
        Map<TranslationStatus, Long> segments,
        Map<TranslationStatus, Long> words,
        long errors,
        long warnings) {

    public LocaleStatistics {
        segments = new EnumMap<>(segments);
        words = new EnumMap<>(words);
    }

    public long segments(TranslationStatus status) {
        return segments.getOrDefault(status, 0L);
    }

    public long words(TranslationStatus status) {
        return words.getOrDefault(status, 0L);
    }

    /** Share of segments that are finished (TRANSLATED, APPROVED or SIGNED_OFF), 0 to 1. */
    public double finishedShare() {
        long total = segments.values().stream().mapToLong(Long::longValue).sum();
        return total == 0
                ? 0
                : (segments(TranslationStatus.TRANSLATED)
                                + segments(TranslationStatus.APPROVED)
                                + segments(TranslationStatus.SIGNED_OFF))
                        / (double) total;
    }

    /** The progress API's shape: {@code {"UNTRANSLATED":n,…,"words":{…},"errors":n,"warnings":n}}. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Long> wordCounts = new LinkedHashMap<>();
        for (TranslationStatus status : TranslationStatus.values()) {
            json.put(status.name(), segments(status));
            wordCounts.put(status.name(), words(status));
        }
        json.put("words", wordCounts);
        json.put("errors", errors);
        json.put("warnings", warnings);
        return json;
    }
}
