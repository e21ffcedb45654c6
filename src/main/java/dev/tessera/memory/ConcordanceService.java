package dev.tessera.memory;

import dev.tessera.memory.ProjectMemories.Source;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Locales;
import dev.tessera.shared.UploadedText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concordance: where a word or phrase stands in the sources or targets of the memories a translator may read, newest
 * first, with every occurrence marked. Case is ignored; the phrase is taken as written (no stemming), as in OmegaT's
 * and Trados' concordance.
 */
@Service
public class ConcordanceService {

    static final int MAX_HITS = 50;
    static final int MAX_QUERY = 200;

    private final MemoryService memories;
    private final ProjectMemories projectMemories;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    ConcordanceService(
            MemoryService memories,
            ProjectMemories projectMemories,
            ProjectService projects,
            CurrentUser currentUser,
            JdbcClient jdbc) {
        this.memories = memories;
        this.projectMemories = projectMemories;
        this.projects = projects;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** Where to look: the sources, the targets, or both. */
    public enum Field {
        SOURCE,
        TARGET;

        static List<Field> of(@Nullable String in) {
            if (in == null || in.isBlank()) {
                return List.of(SOURCE, TARGET);
            }
            return switch (in.strip().toLowerCase(Locale.ROOT)) {
                case "source" -> List.of(SOURCE);
                case "target" -> List.of(TARGET);
                default ->
                    throw ApiException.validation("\"in\" must be source or target (or left out for both).")
                            .text("memory.concordance-field-invalid");
            };
        }
    }

    /** An occurrence of the phrase: in which field, from where to where (exclusive). */
    public record Highlight(String field, int start, int end) {}

    public record Hit(
            String source,
            String target,
            Match.MemoryRef memory,
            @Nullable String changedBy,
            @Nullable Instant changedAt,
            List<Highlight> highlights) {}

    @Transactional(readOnly = true)
    public List<Hit> search(
            @Nullable String query,
            @Nullable String sourceLocale,
            @Nullable String targetLocale,
            @Nullable String projectSlug,
            @Nullable String in) {
        currentUser.require(Role.TRANSLATOR);
        String phrase = query == null ? "" : query.strip();
        if (phrase.isEmpty() || phrase.length() > MAX_QUERY) {
            throw ApiException.validation("\"q\" must be a word or phrase of 1 to " + MAX_QUERY + " characters.")
                    .text("memory.concordance-query-invalid", MAX_QUERY);
        }
        UploadedText.check(phrase, "\"q\"");
        if (sourceLocale == null || targetLocale == null) {
            throw ApiException.validation("\"sourceLocale\" and \"targetLocale\" are required.")
                    .text("memory.concordance-locales-missing");
        }
        String source = Locales.canonical(sourceLocale);
        String target = Locales.canonical(targetLocale);
        List<Field> fields = Field.of(in);
        Map<Long, String> names = memoriesFor(source, projectSlug);
        if (names.isEmpty()) {
            return List.of();
        }
        String pattern = "%"
                + phrase.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        String where = String.join(
                " or ",
                fields.stream()
                        .map(f -> "lower(u." + f.name().toLowerCase(Locale.ROOT) + ") like :pattern escape '\\'")
                        .toList());
        return jdbc.sql("select u.source, u.target, u.memory_id, u.changed_by, u.changed_at from memory_unit u"
                        + " where u.memory_id in (:memories) and u.target_locale = :target and (" + where + ")"
                        + " order by u.changed_at desc nulls last, u.id desc fetch first " + MAX_HITS + " rows only")
                .param("memories", names.keySet())
                .param("target", target)
                .param("pattern", pattern)
                .query((rs, n) -> {
                    String unitSource = rs.getString(1);
                    String unitTarget = rs.getString(2);
                    OffsetDateTime changed = rs.getObject(5, OffsetDateTime.class);
                    List<Highlight> highlights = new ArrayList<>();
                    if (fields.contains(Field.SOURCE)) {
                        highlights.addAll(occurrences("source", unitSource, phrase));
                    }
                    if (fields.contains(Field.TARGET)) {
                        highlights.addAll(occurrences("target", unitTarget, phrase));
                    }
                    return new Hit(
                            unitSource,
                            unitTarget,
                            new Match.MemoryRef(rs.getLong(3), names.get(rs.getLong(3))),
                            rs.getString(4),
                            changed == null ? null : changed.toInstant(),
                            List.copyOf(highlights));
                })
                .list();
    }

    /** The project's memories when one is named, else every memory the user sees; of the source language. */
    private Map<Long, String> memoriesFor(String sourceLocale, @Nullable String projectSlug) {
        Map<Long, String> names = new HashMap<>();
        String language = Locales.languageAndScript(sourceLocale);
        if (projectSlug != null && !projectSlug.isBlank()) {
            ProjectInfo project = projects.project(projectSlug);
            for (Source source : projectMemories.sources(project)) {
                names.put(source.id(), source.name());
            }
            return names;
        }
        memories.memories().stream()
                .filter(m -> Locales.languageAndScript(m.sourceLocale()).equals(language))
                .forEach(m -> names.put(m.id(), m.name()));
        return names;
    }

    /** Every place the phrase stands in the text, case ignored. */
    static List<Highlight> occurrences(String field, String text, String phrase) {
        List<Highlight> found = new ArrayList<>();
        for (int i = 0; i + phrase.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, phrase, 0, phrase.length())) {
                found.add(new Highlight(field, i, i + phrase.length()));
                i += phrase.length() - 1;
            }
        }
        return found;
    }
}
