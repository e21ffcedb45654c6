package dev.tessera.translation.quality;

import dev.tessera.glossary.DocumentTermChecks;
import dev.tessera.glossary.TermBase;
import dev.tessera.glossary.TermIndex;
import dev.tessera.project.ProjectInfo;
import dev.tessera.qa.DocumentCheck;
import dev.tessera.qa.Finding;
import dev.tessera.qa.QaMessage;
import dev.tessera.qa.Severity;
import dev.tessera.translation.QualityRow;
import dev.tessera.translation.TranslationChanged;
import dev.tessera.translation.TranslationStatus;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The stored findings of the checks over whole documents ({@code glossary.first-mention}, {@code terms.drift}): a
 * change of any segment rechecks its document in the locale, once per transaction however many segments it
 * changed, just before the transaction commits, and rewrites only the findings that differ.
 */
@Component
class DocumentRules {

    /** The names of the document checks, which the per-segment rechecks leave alone. */
    static final List<String> CHECKS = List.of(DocumentTermChecks.FIRST_MENTION, DocumentTermChecks.DRIFT);

    private record Pending(ProjectInfo project, long documentId, String locale) {}

    /** What the sources of a document say under one term base: its segments, and those the checks read. */
    private record Sources(TermBase terms, Set<Long> segments, Set<Long> involved) {}

    private static final int KNOWN_DOCUMENTS = 64;

    private final TermIndex terms;
    private final QaSettingsService settings;
    private final FindingRows findingRows;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final EntityManager entityManager;
    private final RowLocks rowLocks;
    private final Map<Long, Sources> sources = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Sources> eldest) {
            return size() > KNOWN_DOCUMENTS;
        }
    });

    DocumentRules(
            TermIndex terms,
            QaSettingsService settings,
            FindingRows findingRows,
            JdbcClient jdbc,
            ApplicationEventPublisher publisher,
            EntityManager entityManager,
            RowLocks rowLocks) {
        this.rowLocks = rowLocks;
        this.terms = terms;
        this.settings = settings;
        this.findingRows = findingRows;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.entityManager = entityManager;
    }

    /**
     * Rechecks the document in the locale before the caller's transaction commits.
     *
     * @param changed the segments whose translations changed, or null when anything may have (a setting, the glossary)
     */
    @SuppressWarnings("unchecked")
    void recheckLater(ProjectInfo project, long documentId, String locale, Collection<Long> changed) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Document rules are rechecked in a transaction.");
        }
        Map<Pending, Set<Long>> pending = (Map<Pending, Set<Long>>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<Pending, Set<Long>> created = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    settle();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DocumentRules.this);
                }
            });
            pending = created;
        }
        Pending document = new Pending(project, documentId, locale);
        if (changed == null) {
            pending.put(document, null);
        } else if (!pending.containsKey(document) || pending.get(document) != null) {
            pending.computeIfAbsent(document, d -> new HashSet<>()).addAll(changed);
        }
    }

    /** The document's segments were joined or split: what its sources said is read again at the next recheck. */
    void forget(long documentId) {
        sources.remove(documentId);
    }

    /** Runs the rechecks the transaction asked for now, so that what it answers includes them; false when none. */
    @SuppressWarnings("unchecked")
    boolean settle() {
        Map<Pending, Set<Long>> pending = (Map<Pending, Set<Long>>) TransactionSynchronizationManager.getResource(this);
        if (pending == null || pending.isEmpty()) {
            return false;
        }
        entityManager.flush();
        boolean ran = false;
        for (Map.Entry<Pending, Set<Long>> entry : List.copyOf(pending.entrySet())) {
            Pending document = entry.getKey();
            TermBase terms = this.terms.forProject(
                    document.project().id(), document.project().sourceLocale());
            if (entry.getValue() == null || concerns(document.documentId(), terms, entry.getValue())) {
                recheck(document.project(), terms, document.documentId(), document.locale());
                ran = true;
            }
        }
        pending.clear();
        return ran;
    }

    /**
     * Whether a change of these segments can change a finding of the document: unknown sources say yes, and the
     * first recheck learns them.
     */
    private boolean concerns(long documentId, TermBase terms, Set<Long> changed) {
        Sources known = sources.get(documentId);
        boolean sameTerms =
                known != null && (known.terms() == terms || (known.terms().isEmpty() && terms.isEmpty()));
        if (!sameTerms || !known.segments().containsAll(changed)) {
            return true;
        }
        return changed.stream().anyMatch(known.involved()::contains);
    }

    private void recheck(ProjectInfo project, TermBase terms, long documentId, String locale) {
        // One recheck of a document at a time: two would each miss the other's findings and write theirs twice.
        jdbc.sql("select id from document where id = ? " + rowLocks.clause())
                .param(documentId)
                .query(Long.class)
                .list();
        List<DocumentCheck.Segment> segments = new ArrayList<>();
        Map<Long, QualityRow> rows = new HashMap<>();
        jdbc.sql("select s.id, s.position, s.source, t.id, t.target, t.status from segment s left join translation t"
                        + " on t.segment_id = s.id and t.locale = ? where s.document_id = ? order by s.position")
                .params(locale, documentId)
                .query((rs, n) -> {
                    long segmentId = rs.getLong(1);
                    String target = rs.getString(5);
                    TranslationStatus status =
                            rs.getString(6) == null ? null : TranslationStatus.valueOf(rs.getString(6));
                    segments.add(new DocumentCheck.Segment(
                            segmentId, rs.getInt(2), rs.getString(3), target, stage(target, status)));
                    long translationId = rs.getLong(4);
                    if (!rs.wasNull()) {
                        rows.put(
                                segmentId,
                                new QualityRow(translationId, documentId, segmentId, rs.getString(3), target, status));
                    }
                    return null;
                })
                .list();
        Set<Long> ids = new HashSet<>();
        segments.forEach(segment -> ids.add(segment.id()));
        DocumentTermChecks checks = DocumentTermChecks.of(terms);
        sources.put(documentId, new Sources(terms, ids, checks.involved(segments, locale)));
        Map<Long, List<Finding>> found = findings(project, checks, segments, locale);
        Map<Long, List<String>> stored = new HashMap<>();
        jdbc.sql("select segment_id, check_name, severity, message from qa_finding where document_id = :documentId"
                        + " and locale = :locale and check_name in (:checks) order by id")
                .param("documentId", documentId)
                .param("locale", locale)
                .param("checks", CHECKS)
                .query((rs, n) -> stored.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)))
                .list();
        Set<Long> changed = new LinkedHashSet<>(stored.keySet());
        changed.addAll(found.keySet());
        changed.removeIf(segmentId ->
                keys(found.getOrDefault(segmentId, List.of())).equals(stored.getOrDefault(segmentId, List.of())));
        if (changed.isEmpty()) {
            return;
        }
        List<Long> rewritten = List.copyOf(changed);
        for (int i = 0; i < rewritten.size(); i += QualityService.CHUNK) {
            jdbc.sql("delete from qa_finding where locale = :locale and check_name in (:checks)"
                            + " and segment_id in (:ids)")
                    .param("locale", locale)
                    .param("checks", CHECKS)
                    .param("ids", rewritten.subList(i, Math.min(rewritten.size(), i + QualityService.CHUNK)))
                    .update();
        }
        List<QualityRow> written = rewritten.stream()
                .map(rows::get)
                .filter(row -> row != null && found.containsKey(row.segmentId()))
                .toList();
        Set<String> waived = findingRows.waived(locale, written);
        List<Object[]> inserts = new ArrayList<>();
        for (QualityRow row : written) {
            for (Finding finding : found.get(row.segmentId())) {
                inserts.add(FindingRows.insertRow(
                        row,
                        locale,
                        FindingRows.stored(finding, waived.contains(row.segmentId() + " " + finding.check()))));
            }
        }
        findingRows.insert(inserts);
        publisher.publishEvent(new TranslationChanged(documentId, locale, Set.copyOf(changed)));
    }

    /** The document checks' findings by segment, with the project's severities. */
    private Map<Long, List<Finding>> findings(
            ProjectInfo project, DocumentTermChecks checks, List<DocumentCheck.Segment> segments, String locale) {
        Map<String, Severity> overrides = settings.overrides(project.id());
        Map<Long, List<Finding>> found = new LinkedHashMap<>();
        for (DocumentCheck check : checks.checks()) {
            Severity severity = check.severityIn(overrides);
            if (!severity.runs()) {
                continue;
            }
            check.documentMessages(segments, project.sourceLocale(), locale).forEach((segmentId, messages) -> {
                for (QaMessage message : messages) {
                    found.computeIfAbsent(segmentId, id -> new ArrayList<>())
                            .add(Finding.of(check.name(), severity, message));
                }
            });
        }
        return found;
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.check() + " " + f.severity() + " "
                        + FindingRows.stored(f, false).message())
                .toList();
    }

    private static DocumentCheck.Segment.Stage stage(String target, TranslationStatus status) {
        if (status == null || status == TranslationStatus.UNTRANSLATED || target == null || target.isBlank()) {
            return DocumentCheck.Segment.Stage.NONE;
        }
        return switch (status) {
            case TRANSLATED, APPROVED, SIGNED_OFF -> DocumentCheck.Segment.Stage.CONFIRMED;
            default -> DocumentCheck.Segment.Stage.WRITTEN;
        };
    }
}
