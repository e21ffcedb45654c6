package dev.tessera.translation;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What the editor shows: the statuses to include (none means all) and text the source or target contains. */
public record SegmentFilter(Set<TranslationStatus> statuses, String text) {

    public static final SegmentFilter ALL = new SegmentFilter(Set.of(), "");

    public SegmentFilter {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(TranslationStatus.class) : EnumSet.copyOf(statuses);
        text = text == null ? "" : text.strip();
    }

    public boolean isAll() {
        return statuses.size() == TranslationStatus.values().length && text.isEmpty();
    }

    boolean includesUntranslated() {
        return statuses.contains(TranslationStatus.UNTRANSLATED);
    }

    /** A case-insensitive LIKE pattern, with {@code !} escaping the wildcards the person typed. */
    String likePattern() {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
