package dev.tessera.translation.quality;

import dev.tessera.glossary.TermBase;
import dev.tessera.glossary.TermIndex;
import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.project.ProjectInfo;
import dev.tessera.qa.Finding;
import dev.tessera.qa.ProofingChanged;
import dev.tessera.qa.Proofreader;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
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

    static final int CHUNK = 1000;
    /** The language checks' findings follow their own queue ({@link ProofreadQueue}), not the mechanical rechecks. */
    private static final String LEAVE_LANGUAGE_CHECKS = " and check_name not like 'lang.%'";

    private final DocumentService documents;
    private final TranslationRepository translations;
    private final StoredFindingRepository findings;
    private final QaWaiverRepository waivers;
    private final QaSettingsService settings;
    private final FindingRows findingRows;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final RepeatedSources repeatedSources;
    private final CurrentUser currentUser;
    private final TermIndex terms;
    private final DocumentRules documentRules;
    private final RowLocks rowLocks;
    private final ProofreadQueue proofreading;

    QualityService(
            DocumentService documents,
            TranslationRepository translations,
            StoredFindingRepository findings,
            QaWaiverRepository waivers,
            QaSettingsService settings,
            FindingRows findingRows,
            JdbcClient jdbc,
            ApplicationEventPublisher publisher,
            RepeatedSources repeatedSources,
            CurrentUser currentUser,
            TermIndex terms,
            DocumentRules documentRules,
            RowLocks rowLocks,
            ProofreadQueue proofreading) {
        this.proofreading = proofreading;
        this.rowLocks = rowLocks;
        this.terms = terms;
        this.documentRules = documentRules;
        this.currentUser = currentUser;
        this.repeatedSources = repeatedSources;
        this.documents = documents;
        this.translations = translations;
        this.findings = findings;
        this.waivers = waivers;
        this.settings = settings;
        this.findingRows = findingRows;
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
            jdbc.sql("delete from qa_finding where translation_id in (:ids) and check_name not in (:documentChecks)"
                            + LEAVE_LANGUAGE_CHECKS)
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .param("documentChecks", DocumentRules.CHECKS)
                    .update();
        }
        Map<Long, List<SegmentFinding>> issues = store(project, locale, rows, rows);
        rows.stream()
                .collect(Collectors.groupingBy(
                        QualityRow::documentId, Collectors.mapping(QualityRow::segmentId, Collectors.toSet())))
                .forEach((documentId, segmentIds) ->
                        documentRules.recheckLater(project, documentId, locale, segmentIds));
        rows.stream()
                .collect(Collectors.groupingBy(
                        QualityRow::documentId, Collectors.mapping(QualityRow::segmentId, Collectors.toSet())))
                .forEach((documentId, segmentIds) ->
                        publisher.publishEvent(new TranslationChanged(documentId, locale, segmentIds)));
        return issues;
    }

    /**
     * The segment's translation changed without a new text (a rejection): the checks over its whole document run
     * again in the locale before the transaction ends.
     */
    public void documentChanged(ProjectInfo project, long documentId, String locale, long segmentId) {
        documentRules.recheckLater(project, documentId, locale, Set.of(segmentId));
    }

    /** The document's segments were joined or split: the checks over it read its sources again. */
    public void sourcesChanged(long documentId) {
        documentRules.forget(documentId);
    }

    /**
     * Runs the whole-document rechecks the transaction has asked for now rather than at its commit, so that what it
     * answers includes their findings; false when there were none.
     */
    public boolean settleDocumentRules() {
        return documentRules.settle();
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
        jdbc.sql("select id from translation where segment_id = ? and locale = ? " + rowLocks.clause())
                .params(segmentId, locale)
                .query(Long.class)
                .list();
    }

    /** Locks every translation of the documents in the locale, in id order, before they are rechecked together. */
    public void lockLocale(List<Long> documentIds, String locale) {
        jdbc.sql("select id from translation where locale = :locale and document_id in (:documentIds) order by id "
                        + rowLocks.clause())
                .param("locale", locale)
                .param("documentIds", documentIds)
                .query(Long.class)
                .list();
    }

    private void lock(List<Long> translationIds) {
        List<Long> sorted = translationIds.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i += CHUNK) {
            jdbc.sql("select id from translation where id in (:ids) order by id " + rowLocks.clause())
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
        if (documentIds.isEmpty()) {
            return;
        }
        ProjectInfo project = documents.document(documentIds.getFirst()).project();
        if (event.checks().stream().anyMatch(Proofreader::isLanguageCheck)) {
            proofreading.severitiesChanged(
                    documentIds, project.targetLocales(), settings.storedOverrides(project.id()));
        }
        if (!event.checks().stream().allMatch(Proofreader::isLanguageCheck)) {
            recheck(project, documentIds);
        }
    }

    @EventListener
    void proofingChanged(ProofingChanged event) {
        proofreading.wordChanged(documents.documentIds(event.projectId()), event.locale(), event.word());
    }

    /** The project's glossary terms changed: targets with language findings are proofread again in the background. */
    void termsChanged(List<Long> documentIds, String locale) {
        proofreading.termsChanged(documentIds, locale);
    }

    /** Whether the project's targets in the locale are proofread (the checker covers it and a language check is on). */
    public boolean proofreads(ProjectInfo project, String locale) {
        return proofreading.proofreads(project.id(), locale);
    }

    /** How many of the documents' targets in the locale wait for their language checks. */
    @Transactional(readOnly = true)
    public long awaitingProofreading(List<Long> documentIds, String locale) {
        currentUser.require(Role.TRANSLATOR);
        return proofreading.waitingCount(documentIds, locale);
    }

    /** Whether the locale is one the language checks cover. */
    public boolean proofreadingCovers(String locale) {
        return proofreading.covers(locale);
    }

    /** Whether the segment's saved target in the locale waits for its language checks. */
    public boolean awaitsProofreading(long segmentId, String locale) {
        return proofreading.waits(segmentId, locale);
    }

    /** Of these translations, those whose language checks have run on the text as it stands. */
    public Set<Long> proofread(List<Long> translationIds) {
        return proofreading.proofread(translationIds);
    }

    /**
     * Where a manager made a language check an ERROR, runs the translation's pending language checks now, in the
     * caller's transaction, so that an approval knows their findings.
     */
    public void proofreadBeforeApproval(ProjectInfo project, long segmentId, String locale) {
        if (!proofreading.covers(locale)) {
            return;
        }
        Map<String, Severity> overrides = settings.storedOverrides(project.id());
        if (proofreading.checks().stream().anyMatch(check -> check.severityIn(overrides) == Severity.ERROR)) {
            translations
                    .findBySegmentIdAndLocale(segmentId, locale)
                    .ifPresent(translation -> proofreading.proofreadNow(translation.id()));
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
            jdbc.sql("delete from qa_finding where locale = :locale and document_id in (:documentIds)"
                            + " and check_name not in (:documentChecks)" + LEAVE_LANGUAGE_CHECKS)
                    .param("locale", locale)
                    .param("documentIds", documentIdsToCheck)
                    .param("documentChecks", DocumentRules.CHECKS)
                    .update();
            store(project, locale, rows, universe);
            for (Long documentId : documentIdsToCheck) {
                documentRules.recheckLater(project, documentId, locale, null);
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
        Set<String> waived = findingRows.waived(locale, rows);
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
                SegmentFinding stored =
                        FindingRows.stored(finding, waived.contains(row.segmentId() + " " + finding.check()));
                inserts.add(FindingRows.insertRow(row, locale, stored));
                issues.computeIfAbsent(row.segmentId(), id -> new ArrayList<>()).add(stored);
            }
        }
        findingRows.insert(inserts);
        proofreading.targetsChanged(locale, rows);
        return issues;
    }

    /** The stored issues of these segments in the locale, by segment. */
    @Transactional(readOnly = true)
    public Map<Long, List<SegmentFinding>> findings(String locale, Collection<Long> segmentIds) {
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
    public List<SegmentRow> withFindings(DocumentInfo document, String locale, List<SegmentRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<SegmentFinding>> issues =
                findings(locale, rows.stream().map(SegmentRow::id).toList());
        TermBase base =
                terms.forProject(document.project().id(), document.project().sourceLocale());
        return rows.stream()
                .map(row -> row.withFindings(issues.getOrDefault(row.id(), List.of()))
                        .withTerms(base.mentions(row.source(), locale)))
                .toList();
    }

    /** A stored finding with the number of its segment as the editor shows it. */
    public record FindingAt(long segmentId, int position, SegmentFinding finding) {}

    /** Every stored finding of the document in the locale, in document order. */
    @Transactional(readOnly = true)
    public List<DocumentFinding> documentFindings(long documentId, String locale) {
        return findingsInOrder(documentId, locale).stream()
                .map(at -> new DocumentFinding(
                        at.segmentId(),
                        at.finding().check(),
                        at.finding().severity(),
                        at.finding().message(),
                        at.finding().waived(),
                        at.finding().start(),
                        at.finding().end(),
                        at.finding().suggestions()))
                .toList();
    }

    /** Every stored finding of the document in the locale with its segment's number, in document order. */
    @Transactional(readOnly = true)
    public List<FindingAt> findingsInOrder(long documentId, String locale) {
        DocumentInfo document = documents.document(documentId);
        String target = TranslationService.targetLocale(document, locale);
        Map<Long, Integer> positions = new HashMap<>();
        documents
                .segments(documentId, Pageable.unpaged())
                .forEach(segment -> positions.put(segment.id(), segment.position()));
        return findings.findForDocument(documentId, target).stream()
                .map(f -> new FindingAt(f.segmentId(), positions.getOrDefault(f.segmentId(), 0), f.issue()))
                .sorted(Comparator.comparingInt(FindingAt::position))
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
}
