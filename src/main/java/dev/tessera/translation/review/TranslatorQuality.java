package dev.tessera.translation.review;

import dev.tessera.project.DocumentService;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Locales;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review quality per translator over a time range, for a project's managers: the issues filed in the range on each
 * translator's work, against the source words of the segments they handed in (made TRANSLATED) in the range.
 */
@Service
public class TranslatorQuality {

    /** The longest range asked at once. */
    static final int MAX_DAYS = 366;

    private final ProjectService projects;
    private final DocumentService documents;
    private final JdbcClient jdbc;

    TranslatorQuality(ProjectService projects, DocumentService documents, JdbcClient jdbc) {
        this.projects = projects;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    /**
     * One translator's score.
     *
     * @param translator null for issues on work nobody is recorded as having written
     */
    public record Score(String translator, long words, int issues, int points, BigDecimal score, boolean passed) {}

    /** The report: the range (both days included), the locale (null: every locale), the project's threshold. */
    public record Report(LocalDate from, LocalDate to, String locale, BigDecimal threshold, List<Score> translators) {}

    @Transactional(readOnly = true)
    public Report report(String slug, String locale, LocalDate from, LocalDate to) {
        ProjectInfo project = projects.managed(slug);
        String target = locale == null || locale.isBlank() ? null : Locales.canonical(locale);
        if (target != null && !project.hasTargetLocale(target)) {
            throw ApiException.validation("The project \"" + slug + "\" does not translate into " + target + ".")
                    .text("translation.quality-locale-not-target", slug, target);
        }
        if (from.isAfter(to) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ApiException.validation("from (" + from + ") must be on or before to (" + to + "), at most "
                            + MAX_DAYS + " days before it.")
                    .text("translation.quality-range-invalid", from.toString(), to.toString(), MAX_DAYS);
        }
        Map<String, Object> range = new HashMap<>();
        range.put("project", project.id());
        range.put("from", from.atStartOfDay().atOffset(ZoneOffset.UTC));
        range.put("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        String inLocale = target == null ? "" : " and %s.locale = :locale";
        if (target != null) {
            range.put("locale", target);
        }
        Map<String, List<QualityScore.Counted>> issues =
                new TreeMap<>(java.util.Comparator.nullsLast(String::compareTo));
        jdbc.sql("select q.translator, q.category, q.severity from quality_issue q join document d on d.id ="
                        + " q.document_id where d.project_id = :project and q.created_at >= :from and q.created_at < :to"
                        + inLocale.formatted("q"))
                .params(range)
                .query((rs, row) -> {
                    issues.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                            .add(new QualityScore.Counted(
                                    IssueCategory.valueOf(rs.getString(2)), IssueSeverity.valueOf(rs.getString(3))));
                    return null;
                })
                .list();
        Map<String, Set<Long>> handedIn = new HashMap<>();
        jdbc.sql("select distinct e.actor, e.segment_id from translation_event e join segment s on s.id ="
                        + " e.segment_id join document d on d.id = s.document_id where d.project_id = :project and"
                        + " e.new_status = 'TRANSLATED' and e.occurred_at >= :from and e.occurred_at < :to"
                        + inLocale.formatted("e"))
                .params(range)
                .query((rs, row) -> handedIn.computeIfAbsent(rs.getString(1), a -> new HashSet<>())
                        .add(rs.getLong(2)))
                .list();
        Map<Long, Integer> words = documents.sourceWords(
                handedIn.values().stream().flatMap(Set::stream).toList(), project.sourceLocale());
        Set<String> translators = new java.util.TreeSet<>(java.util.Comparator.nullsLast(String::compareTo));
        translators.addAll(issues.keySet());
        translators.addAll(handedIn.keySet());
        List<Score> scores = new ArrayList<>();
        for (String translator : translators) {
            long count = handedIn.getOrDefault(translator, Set.of()).stream()
                    .mapToLong(id -> words.getOrDefault(id, 0))
                    .sum();
            QualityScore.Report score =
                    QualityScore.of(count, issues.getOrDefault(translator, List.of()), project.qualityThreshold());
            scores.add(new Score(translator, count, score.issues(), score.points(), score.score(), score.passed()));
        }
        return new Report(from, to, target, project.qualityThreshold(), scores);
    }
}
