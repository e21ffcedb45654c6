package dev.tessera.translation.quality;

import dev.tessera.glossary.AffectedSegment;
import dev.tessera.glossary.TermBase;
import dev.tessera.glossary.TermIndex;
import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.project.ProjectInfo;
import dev.tessera.qa.Finding;
import dev.tessera.qa.Severity;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.translation.QualityRow;
import dev.tessera.translation.RepeatedSources;
import dev.tessera.translation.SegmentFinding;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.TranslationChanged;
import dev.tessera.translation.TranslationRepository;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.review.QaWaiver;
import dev.tessera.translation.review.QaWaiverRepository;
import dev.tessera.translation.review.Waiver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored QA: the findings of every translation, kept current whenever a translation or a project's QA settings
 * change, so that the segment list, the grid's marks, the severity filter and the counts are plain reads.
 * A change of one translation rechecks every translation of the same source sentence in the project and locale,
 * because {@code qa.inconsistent} ties them together.
 */
@Service
public class QualityService {

    private static final int CHUNK = 1000;
    private static final int MAX_MESSAGE = 4000;
    private static final String INSERT = "insert into qa_finding (translation_id, document_id, segment_id, locale,"
            + " check_name, severity, message, waived) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private final DocumentService documents;
    private final TranslationRepository translations;
    private final StoredFindingRepository findings;
    private final QaWaiverRepository waivers;
    private final QaSettingsService settings;
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final RepeatedSources repeatedSources;
    private final CurrentUser currentUser;
    private final TermIndex terms;

    QualityService(
            DocumentService documents,
            TranslationRepository translations,
            StoredFindingRepository findings,
            QaWaiverRepository waivers,
            QaSettingsService settings,
            JdbcTemplate jdbcTemplate,
            JdbcClient jdbc,
            ApplicationEventPublisher publisher,
            RepeatedSources repeatedSources,
            CurrentUser currentUser,
            TermIndex terms) {
        this.terms = terms;
        this.currentUser = currentUser;
        this.repeatedSources = repeatedSources;
        this.documents = documents;
        this.translations = translations;
        this.findings = findings;
        this.waivers = waivers;
        this.settings = settings;
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /** The project's checks and severities, for checking text as it is typed. */
    @Transactional(readOnly = true)
    public ProjectQa projectQa(ProjectInfo project) {
        currentUser.require(Role.TRANSLATOR);
        return ProjectQa.of(settings.overrides(project.id()), terms.forProject(project.id(), project.sourceLocale()));
    }

    /** The project's other translations of the segment's source in the locale, for the inconsistency check. */
    @Transactional(readOnly = true)
    public List<String> otherTargets(ProjectInfo project, String locale, long segmentId, String source) {
        List<Long> documentIds = documents.documentIds(project.id());
        if (!repeatedSources.isRepeated(documentIds, source)) {
            return List.of();
        }
        return translations.sameSource(documentIds, locale, List.of(source)).stream()
                .filter(row -> row.segmentId() != segmentId && row.target() != null)
                .map(QualityRow::target)
                .toList();
    }

    /**
     * Rechecks the segment's translation, in the caller's transaction, and announces the segments whose findings
     * were rechecked. A repeated source sentence rechecks every translation of it in the project and locale too,
     * because {@code qa.inconsistent} ties them together.
     */
    public Map<Long, List<SegmentFinding>> recheck(
            ProjectInfo project,
            List<Long> documentIds,
            String locale,
            long segmentId,
            String source,
            boolean repeated) {
        List<QualityRow> rows = repeated
                ? translations.sameSource(documentIds, locale, List.of(source))
                : translations.qualityRowOf(segmentId, locale);
        List<Long> ids = rows.stream().map(QualityRow::translationId).toList();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            jdbc.sql("delete from qa_finding where translation_id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .update();
        }
        Map<Long, List<SegmentFinding>> issues = store(project, locale, rows, rows);
        rows.stream()
                .collect(Collectors.groupingBy(
                        QualityRow::documentId, Collectors.mapping(QualityRow::segmentId, Collectors.toSet())))
                .forEach((documentId, segmentIds) ->
                        publisher.publishEvent(new TranslationChanged(documentId, locale, segmentIds)));
        return issues;
    }

    /**
     * Locks the translations of the source sentence in the project and locale until the transaction ends, in id
     * order (so that two lockers cannot wait for each other), so that concurrent writes of a repeated sentence
     * recheck one after the other and each sees the other's committed text and findings.
     */
    public void lockSameSource(List<Long> documentIds, String locale, String source) {
        lock(translations.sameSource(documentIds, locale, List.of(source)).stream()
                .map(QualityRow::translationId)
                .toList());
    }

    /** Locks the segment's translation in the locale, if there is one, until the transaction ends. */
    public void lockTranslation(long segmentId, String locale) {
        jdbc.sql("select id from translation where segment_id = ? and locale = ? for update")
                .params(segmentId, locale)
                .query(Long.class)
                .list();
    }

    /** Locks every translation of the documents in the locale, in id order, before they are rechecked together. */
    public void lockLocale(List<Long> documentIds, String locale) {
        jdbc.sql(
                        "select id from translation where locale = :locale and document_id in (:documentIds) order by id for update")
                .param("locale", locale)
                .param("documentIds", documentIds)
                .query(Long.class)
                .list();
    }

    private void lock(List<Long> translationIds) {
        List<Long> sorted = translationIds.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i += CHUNK) {
            jdbc.sql("select id from translation where id in (:ids) order by id for update")
                    .param("ids", sorted.subList(i, Math.min(sorted.size(), i + CHUNK)))
                    .query(Long.class)
                    .list();
        }
    }

    /** Rechecks every translation of the document in every locale (after loading work or for a benchmark). */
    @Transactional
    public void recheckDocument(long documentId) {
        DocumentInfo document = documents.document(documentId);
        recheck(document.project(), List.of(documentId));
    }

    @EventListener
    void settingsChanged(QaSettingsChanged event) {
        List<Long> documentIds = documents.documentIds(event.projectId());
        if (!documentIds.isEmpty()) {
            recheck(documents.document(documentIds.getFirst()).project(), documentIds);
        }
    }

    private void recheck(ProjectInfo project, List<Long> documentIdsToCheck) {
        List<Long> documentIds = documents.documentIds(project.id());
        for (String locale : project.targetLocales()) {
            lockLocale(documentIds, locale);
            List<QualityRow> universe = translations.qualityRows(documentIds, locale);
            List<QualityRow> rows = universe.stream()
                    .filter(row -> documentIdsToCheck.contains(row.documentId()))
                    .toList();
            jdbc.sql("delete from qa_finding where locale = :locale and document_id in (:documentIds)")
                    .param("locale", locale)
                    .param("documentIds", documentIdsToCheck)
                    .update();
            store(project, locale, rows, universe);
            for (Long documentId : documentIdsToCheck) {
                publisher.publishEvent(new TranslationChanged(documentId, locale, Set.of()));
            }
        }
    }

    /**
     * Runs the checks on {@code rows}, comparing with {@code universe} for consistency, inserts the findings and
     * answers them by segment.
     */
    private Map<Long, List<SegmentFinding>> store(
            ProjectInfo project, String locale, List<QualityRow> rows, List<QualityRow> universe) {
        Map<Long, List<SegmentFinding>> issues = new HashMap<>();
        if (rows.isEmpty()) {
            return issues;
        }
        ProjectQa qa = projectQa(project);
        Map<String, List<QualityRow>> bySource = new HashMap<>();
        for (QualityRow row : universe) {
            if (row.target() != null) {
                bySource.computeIfAbsent(row.source(), s -> new ArrayList<>()).add(row);
            }
        }
        Set<String> waived = waived(locale, rows);
        List<Object[]> inserts = new ArrayList<>();
        for (QualityRow row : rows) {
            List<String> others = new ArrayList<>();
            for (QualityRow other : bySource.getOrDefault(row.source(), List.of())) {
                if (other.translationId() != row.translationId()) {
                    others.add(other.target());
                }
            }
            for (Finding finding :
                    qa.check(row.source(), row.target(), row.status(), project.sourceLocale(), locale, others)) {
                inserts.add(new Object[] {
                    row.translationId(),
                    row.documentId(),
                    row.segmentId(),
                    locale,
                    finding.check(),
                    finding.severity().name(),
                    shorten(finding.message()),
                    waived.contains(row.segmentId() + " " + finding.check())
                });
                issues.computeIfAbsent(row.segmentId(), id -> new ArrayList<>())
                        .add(new SegmentFinding(
                                finding.check(), finding.severity(), shorten(finding.message()), (Boolean)
                                        inserts.getLast()[7]));
            }
        }
        for (int i = 0; i < inserts.size(); i += CHUNK) {
            jdbcTemplate.batchUpdate(INSERT, inserts.subList(i, Math.min(inserts.size(), i + CHUNK)));
        }
        return issues;
    }

    /**
     * Rechecks the glossary findings of every translation of the project after its terms or its glossaries
     * changed, in the caller's transaction, rewriting only those that differ; answers those translations.
     */
    List<AffectedSegment> recheckGlossary(ProjectInfo project) {
        List<Long> documentIds = documents.documentIds(project.id());
        if (documentIds.isEmpty()) {
            return List.of();
        }
        ProjectQa qa = projectQa(project).glossaryOnly();
        Map<Long, String> documentNames = new HashMap<>();
        List<AffectedSegment> affected = new ArrayList<>();
        for (String locale : project.targetLocales()) {
            lockLocale(documentIds, locale);
            Map<Long, List<String>> stored = new HashMap<>();
            jdbc.sql("select translation_id, check_name, severity, message from qa_finding where locale = :locale"
                            + " and document_id in (:documentIds) and check_name like 'glossary.%' order by id")
                    .param("locale", locale)
                    .param("documentIds", documentIds)
                    .query((rs, n) -> stored.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)))
                    .list();
            List<QualityRow> changed = new ArrayList<>();
            Map<Long, List<Finding>> found = new HashMap<>();
            for (QualityRow row : translations.qualityRows(documentIds, locale)) {
                List<Finding> now =
                        qa.check(row.source(), row.target(), row.status(), project.sourceLocale(), locale, List.of());
                List<String> keys = now.stream()
                        .map(f -> f.check() + " " + f.severity() + " " + shorten(f.message()))
                        .toList();
                if (!keys.equals(stored.getOrDefault(row.translationId(), List.of()))) {
                    changed.add(row);
                    found.put(row.translationId(), now);
                }
            }
            if (changed.isEmpty()) {
                continue;
            }
            List<Long> ids = changed.stream().map(QualityRow::translationId).toList();
            for (int i = 0; i < ids.size(); i += CHUNK) {
                jdbc.sql("delete from qa_finding where check_name like 'glossary.%' and translation_id in (:ids)")
                        .param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                        .update();
            }
            Set<String> waived = waived(locale, changed);
            List<Object[]> inserts = new ArrayList<>();
            Map<Long, Integer> positions = positions(changed);
            for (QualityRow row : changed) {
                boolean failing = false;
                List<String> messages = new ArrayList<>();
                for (Finding finding : found.get(row.translationId())) {
                    boolean isWaived = waived.contains(row.segmentId() + " " + finding.check());
                    inserts.add(new Object[] {
                        row.translationId(),
                        row.documentId(),
                        row.segmentId(),
                        locale,
                        finding.check(),
                        finding.severity().name(),
                        shorten(finding.message()),
                        isWaived
                    });
                    failing |= finding.severity() == Severity.ERROR && !isWaived;
                    messages.add(shorten(finding.message()));
                }
                affected.add(new AffectedSegment(
                        project.slug(),
                        row.documentId(),
                        documentNames.computeIfAbsent(
                                row.documentId(), id -> documents.document(id).name()),
                        row.segmentId(),
                        positions.getOrDefault(row.segmentId(), 0),
                        locale,
                        failing,
                        messages));
            }
            for (int i = 0; i < inserts.size(); i += CHUNK) {
                jdbcTemplate.batchUpdate(INSERT, inserts.subList(i, Math.min(inserts.size(), i + CHUNK)));
            }
            changed.stream()
                    .collect(Collectors.groupingBy(
                            QualityRow::documentId, Collectors.mapping(QualityRow::segmentId, Collectors.toSet())))
                    .forEach((documentId, segmentIds) ->
                            publisher.publishEvent(new TranslationChanged(documentId, locale, segmentIds)));
        }
        affected.sort(Comparator.comparing(AffectedSegment::documentName)
                .thenComparing(AffectedSegment::locale)
                .thenComparingInt(AffectedSegment::position));
        return affected;
    }

    private Map<Long, Integer> positions(List<QualityRow> rows) {
        Map<Long, Integer> positions = new HashMap<>();
        List<Long> ids = rows.stream().map(QualityRow::segmentId).distinct().toList();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            jdbc.sql("select id, position from segment where id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .query((rs, n) -> positions.put(rs.getLong(1), rs.getInt(2)))
                    .list();
        }
        return positions;
    }

    /** "segmentId check" of every waiver of these rows' segments in the locale. */
    private Set<String> waived(String locale, List<QualityRow> rows) {
        Set<String> waived = new HashSet<>();
        List<Long> segmentIds = rows.stream().map(QualityRow::segmentId).toList();
        for (int i = 0; i < segmentIds.size(); i += CHUNK) {
            for (QaWaiver waiver :
                    waivers.findForSegments(locale, segmentIds.subList(i, Math.min(segmentIds.size(), i + CHUNK)))) {
                waived.add(waiver.segmentId() + " " + waiver.check());
            }
        }
        return waived;
    }

    /** The stored issues of these segments in the locale, by segment. */
    @Transactional(readOnly = true)
    public Map<Long, List<SegmentFinding>> issues(String locale, Collection<Long> segmentIds) {
        currentUser.require(Role.TRANSLATOR);
        Map<Long, List<SegmentFinding>> bySegment = new HashMap<>();
        List<Long> ids = List.copyOf(segmentIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            for (StoredFinding finding :
                    findings.findForSegments(locale, ids.subList(i, Math.min(ids.size(), i + CHUNK)))) {
                bySegment
                        .computeIfAbsent(finding.segmentId(), id -> new ArrayList<>())
                        .add(finding.issue());
            }
        }
        return bySegment;
    }

    /** The document's rows with their stored issues and their source's glossary terms filled in. */
    public List<SegmentRow> withIssues(DocumentInfo document, String locale, List<SegmentRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<SegmentFinding>> issues =
                issues(locale, rows.stream().map(SegmentRow::id).toList());
        TermBase base =
                terms.forProject(document.project().id(), document.project().sourceLocale());
        return rows.stream()
                .map(row -> row.withIssues(issues.getOrDefault(row.id(), List.of()))
                        .withTerms(base.mentions(row.source(), locale)))
                .toList();
    }

    /** Every stored finding of the document in the locale, in document order. */
    @Transactional(readOnly = true)
    public List<DocumentFinding> documentIssues(long documentId, String locale) {
        DocumentInfo document = documents.document(documentId);
        String target = TranslationService.targetLocale(document, locale);
        Map<Long, Integer> positions = new HashMap<>();
        documents
                .segments(documentId, Pageable.unpaged())
                .forEach(segment -> positions.put(segment.id(), segment.position()));
        return findings.findForDocument(documentId, target).stream()
                .sorted(Comparator.comparing(f -> positions.getOrDefault(f.segmentId(), 0)))
                .map(f -> {
                    SegmentFinding issue = f.issue();
                    return new DocumentFinding(
                            f.segmentId(), issue.check(), issue.severity(), issue.message(), issue.waived());
                })
                .toList();
    }

    /** Unwaived findings of the document per locale and severity. */
    @Transactional(readOnly = true)
    public Map<String, Map<Severity, Long>> openCounts(long documentId) {
        currentUser.require(Role.TRANSLATOR);
        Map<String, Map<Severity, Long>> counts = new LinkedHashMap<>();
        for (FindingCount count : findings.openCounts(documentId)) {
            counts.computeIfAbsent(count.locale(), l -> new EnumMap<>(Severity.class))
                    .put(count.severity(), count.count());
        }
        return counts;
    }

    /** Marks the translation's findings of the check as waived. */
    public void markWaived(long segmentId, String locale, String check) {
        findings.markWaived(segmentId, locale, check);
    }

    /** The text changed: waivers covered the old text only. */
    public void dropWaivers(long segmentId, String locale) {
        waivers.deleteForSegment(segmentId, locale);
    }

    @Transactional(readOnly = true)
    public List<Waiver> waivers(long segmentId, String locale) {
        currentUser.require(Role.TRANSLATOR);
        return waivers.findBySegmentIdAndLocaleOrderByCreatedAt(segmentId, locale).stream()
                .map(QaWaiver::view)
                .toList();
    }

    private static String shorten(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
