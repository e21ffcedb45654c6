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

    /** Whether the row passes this filter (the same rule as the database query). */
    boolean accepts(SegmentRow row) {
        if (!statuses.contains(row.status())) {
            return false;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return needle.isEmpty() || row.source().toLowerCase(Locale.ROOT).contains(needle)
                || (row.target() != null && row.target().toLowerCase(Locale.ROOT).contains(needle));
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
