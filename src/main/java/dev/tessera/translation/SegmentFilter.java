package dev.tessera.translation;

import dev.tessera.qa.Severity;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the editor shows: the statuses to include (none means all), text the source or target contains, the
 * person who last changed the translation (blank for anyone) and the QA state.
 */
public record SegmentFilter(Set<TranslationStatus> statuses, String text, String translator, QaFilter qa) {

    public static final SegmentFilter ALL = new SegmentFilter(Set.of(), "");

    public SegmentFilter {
        statuses = statuses == null || statuses.isEmpty()
                ? EnumSet.allOf(TranslationStatus.class)
                : EnumSet.copyOf(statuses);
        text = text == null ? "" : text.strip();
        translator = translator == null ? "" : translator.strip();
        qa = qa == null ? QaFilter.ANY : qa;
    }

    public SegmentFilter(Set<TranslationStatus> statuses, String text) {
        this(statuses, text, "", QaFilter.ANY);
    }

    public boolean isAll() {
        return statuses.size() == TranslationStatus.values().length
                && text.isEmpty()
                && translator.isEmpty()
                && qa == QaFilter.ANY;
    }

    /**
     * The TRANSLATED segments without open QA issues that this filter lets through: what a reviewer approves in
     * one go. Empty when the filter leaves out TRANSLATED or asks for segments with issues.
     */
    public Optional<SegmentFilter> cleanTranslated() {
        if (!statuses.contains(TranslationStatus.TRANSLATED) || (qa != QaFilter.ANY && qa != QaFilter.CLEAN)) {
            return Optional.empty();
        }
        return Optional.of(new SegmentFilter(Set.of(TranslationStatus.TRANSLATED), text, translator, QaFilter.CLEAN));
    }

    /** Whether the row passes this filter (the same rule as the database query). */
    public boolean accepts(SegmentRow row) {
        if (!statuses.contains(row.status()) || !qa.accepts(row)) {
            return false;
        }
        if (!translator.isEmpty() && !translator.equals(row.updatedBy())) {
            return false;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return needle.isEmpty()
                || row.source().toLowerCase(Locale.ROOT).contains(needle)
                || (row.target() != null
                        && row.target().toLowerCase(Locale.ROOT).contains(needle));
    }

    boolean includesUntranslated() {
        return statuses.contains(TranslationStatus.UNTRANSLATED);
    }

    /** A case-insensitive LIKE pattern, with {@code !} escaping the wildcards the person typed. */
    public String likePattern() {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }

    /** The severities for the query's issue test; never empty, so that the IN list stays valid SQL. */
    public Set<Severity> qaSeverities() {
        Set<Severity> severities = qa.severities();
        return severities.isEmpty() ? EnumSet.allOf(Severity.class) : severities;
    }
}
