package dev.tessera.translation.quality;

import dev.tessera.qa.Finding;
import dev.tessera.qa.Proofreader;
import dev.tessera.qa.QaCheck;
import dev.tessera.qa.Severity;
import dev.tessera.translation.QualityRow;
import dev.tessera.translation.SegmentFinding;
import dev.tessera.translation.TranslationChanged;
import dev.tessera.translation.TranslationStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The language checks ({@code lang.*}) of stored QA, run off the request thread. A translation whose target changed
 * waits for proofreading ({@code translation.proofread_hash} null) with its old language findings gone; one worker
 * per node proofreads the targets saved on this node first, then any other waiting one (saved on another node, or
 * before a restart, or marked by a dictionary or settings change), and stores the findings like any other check's,
 * announcing them so that open editors show them. The database is the queue: nothing waiting is lost on a crash.
 */
@Component
class ProofreadQueue implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProofreadQueue.class);
    static final int BATCH = 50;
    private static final long IDLE_MILLIS = 2000;

    private final @Nullable Proofreader proofreader;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final FindingRows findingRows;
    private final QaSettingsService settings;
    private final ApplicationEventPublisher publisher;
    private final RowLocks rowLocks;
    private final LinkedBlockingDeque<Long> saved = new LinkedBlockingDeque<>();
    private volatile @Nullable Thread worker;

    ProofreadQueue(
            ObjectProvider<Proofreader> proofreader,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            FindingRows findingRows,
            QaSettingsService settings,
            ApplicationEventPublisher publisher,
            RowLocks rowLocks) {
        this.proofreader = proofreader.getIfUnique();
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.findingRows = findingRows;
        this.settings = settings;
        this.publisher = publisher;
        this.rowLocks = rowLocks;
    }

    /** Whether targets in the locale are proofread at all. */
    boolean covers(String locale) {
        return proofreader != null && proofreader.covers(locale);
    }

    /** Whether the project's targets in the locale are proofread: the locale is covered and a language check is on. */
    boolean proofreads(long projectId, String locale) {
        return covers(locale)
                && !runningSeverities(settings.storedOverrides(projectId)).isEmpty();
    }

    /** The language checks, with their default severities. */
    List<QaCheck> checks() {
        return proofreader == null ? List.of() : proofreader.checks();
    }

    /**
     * In the caller's transaction: the rows' targets as they now stand. Those that changed since they were
     * proofread lose their language findings and wait; after the commit this node's worker takes them first.
     */
    void targetsChanged(String locale, List<QualityRow> rows) {
        if (!covers(locale) || rows.isEmpty()) {
            return;
        }
        Map<Long, Integer> proofread = new HashMap<>();
        List<Long> ids = rows.stream().map(QualityRow::translationId).toList();
        for (int i = 0; i < ids.size(); i += QualityService.CHUNK) {
            jdbc.sql("select id, proofread_hash from translation where id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + QualityService.CHUNK)))
                    .query((rs, n) -> proofread.put(rs.getLong(1), (Integer) rs.getObject(2)))
                    .list();
        }
        List<Long> changed = rows.stream()
                .filter(row -> !Objects.equals(proofread.get(row.translationId()), hash(row.target())))
                .map(QualityRow::translationId)
                .toList();
        forget(changed);
        afterCommit(() -> saved.addAll(changed));
    }

    /**
     * In the caller's transaction: the project's targets in the locale that hold the word (every one when the word is
     * null) wait for proofreading, keeping their language findings until it is done. A few are taken first, after
     * the commit, as if just saved; many wait their turn in the background.
     */
    void wordChanged(List<Long> documentIds, String locale, @Nullable String word) {
        if (documentIds.isEmpty() || !covers(locale)) {
            return;
        }
        String holding = word == null ? "" : " and lower(target) like :pattern escape '\\'";
        var query = jdbc.sql("select id from translation where locale = :locale and document_id in (:documentIds)"
                        + " and target is not null" + holding)
                .param("locale", locale)
                .param("documentIds", documentIds);
        if (word != null) {
            query = query.param("pattern", "%" + likeEscaped(word.toLowerCase(Locale.ROOT)) + "%");
        }
        waitAgain(query.query(Long.class).list());
    }

    /** The translations wait for proofreading, keeping their findings until it is done; a few are taken first. */
    private void waitAgain(List<Long> ids) {
        for (int i = 0; i < ids.size(); i += QualityService.CHUNK) {
            jdbc.sql("update translation set proofread_hash = null where id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + QualityService.CHUNK)))
                    .update();
        }
        if (ids.size() <= BATCH) {
            afterCommit(() -> saved.addAll(ids));
        }
    }

    /**
     * In the caller's transaction: the project's glossary terms changed. The targets with language findings wait for
     * proofreading again, since a new term may vouch for a word they flag.
     */
    void termsChanged(List<Long> documentIds, String locale) {
        if (documentIds.isEmpty() || !covers(locale)) {
            return;
        }
        List<Long> ids = jdbc.sql("select distinct translation_id from qa_finding where check_name like 'lang.%'"
                        + " and locale = :locale and document_id in (:documentIds)")
                .param("locale", locale)
                .param("documentIds", documentIds)
                .query(Long.class)
                .list();
        waitAgain(ids);
    }

    /**
     * In the caller's transaction: the project's language severities changed. Stored language findings take their
     * new severities at once (those of a check now OFF go), and every target is proofread again in the background.
     */
    void severitiesChanged(List<Long> documentIds, Collection<String> locales, Map<String, Severity> overrides) {
        if (documentIds.isEmpty() || proofreader == null) {
            return;
        }
        for (QaCheck check : proofreader.checks()) {
            Severity severity = check.severityIn(overrides);
            var rows = severity.runs()
                    ? jdbc.sql("update qa_finding set severity = :severity where check_name = :check"
                                    + " and document_id in (:documentIds)")
                            .param("severity", severity.name())
                    : jdbc.sql("delete from qa_finding where check_name = :check and document_id in (:documentIds)");
            rows.param("check", check.name()).param("documentIds", documentIds).update();
        }
        for (String locale : locales) {
            wordChanged(documentIds, locale, null);
        }
    }

    /** How many of the documents' targets in the locale wait for proofreading. */
    long waitingCount(List<Long> documentIds, String locale) {
        if (documentIds.isEmpty() || !covers(locale)) {
            return 0;
        }
        return jdbc.sql("select count(*) from translation where proofread_hash is null and locale = :locale"
                        + " and document_id in (:documentIds) and target is not null and target <> ''")
                .param("locale", locale)
                .param("documentIds", documentIds)
                .query(Long.class)
                .single();
    }

    /** Whether the segment's target in the locale (not blank) waits for proofreading. */
    boolean waits(long segmentId, String locale) {
        return jdbc.sql("select count(*) from translation where segment_id = ? and locale = ?"
                                + " and proofread_hash is null and target is not null and target <> ''")
                        .params(segmentId, locale)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Of these translations, those proofread as they stand (in the caller's transaction). */
    Set<Long> proofread(List<Long> translationIds) {
        Set<Long> done = new HashSet<>();
        for (int i = 0; i < translationIds.size(); i += QualityService.CHUNK) {
            done.addAll(jdbc.sql("select id from translation where id in (:ids) and proofread_hash is not null")
                    .param("ids", translationIds.subList(i, Math.min(translationIds.size(), i + QualityService.CHUNK)))
                    .query(Long.class)
                    .list());
        }
        return done;
    }

    /** Proofreads the translation now if it waits, in the caller's transaction (an approval that must know). */
    void proofreadNow(long translationId) {
        load(translationId)
                .filter(row -> row.proofreadHash() == null)
                .ifPresent(row -> store(row, proofreadOutside(row)));
    }

    private record Proofreadable(
            long translationId,
            long documentId,
            long segmentId,
            String locale,
            @Nullable String target,
            TranslationStatus status,
            String source,
            long projectId,
            String sourceLocale,
            @Nullable Integer proofreadHash) {

        QualityRow row() {
            return new QualityRow(translationId, documentId, segmentId, source, target, status);
        }
    }

    private Optional<Proofreadable> load(long translationId) {
        return jdbc.sql("select t.id, t.document_id, t.segment_id, t.locale, t.target, t.status, s.source,"
                        + " p.id, p.source_locale, t.proofread_hash from translation t"
                        + " join segment s on s.id = t.segment_id join document d on d.id = t.document_id"
                        + " join project p on p.id = d.project_id where t.id = ?")
                .param(translationId)
                .query((rs, n) -> new Proofreadable(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        TranslationStatus.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getLong(8),
                        rs.getString(9),
                        (Integer) rs.getObject(10)))
                .optional();
    }

    /** The marks of the language checks on the row; none when nothing is to be checked. */
    private List<Proofreader.Mark> proofreadOutside(Proofreadable row) {
        Map<String, Severity> overrides = settings.storedOverrides(row.projectId());
        Set<String> checks = runningSeverities(overrides).keySet();
        if (proofreader == null
                || checks.isEmpty()
                || row.target() == null
                || row.target().isBlank()
                || !proofreader.covers(row.locale())) {
            return List.of();
        }
        return proofreader.proofread(new Proofreader.Request(
                row.projectId(), row.sourceLocale(), row.locale(), row.source(), row.target(), checks));
    }

    /** Stores the marks if the target is still the one proofread; false when it changed meanwhile. */
    private boolean store(Proofreadable row, List<Proofreader.Mark> marks) {
        List<String> now = jdbc.sql("select target from translation where id = ? " + rowLocks.clause())
                .param(row.translationId())
                .query((rs, n) -> Objects.requireNonNullElse(rs.getString(1), ""))
                .list();
        if (now.isEmpty() || !now.getFirst().equals(Objects.requireNonNullElse(row.target(), ""))) {
            return false;
        }
        Map<String, Severity> running = runningSeverities(settings.storedOverrides(row.projectId()));
        Set<String> waived = findingRows.waived(row.locale(), List.of(row.row()));
        List<Object[]> inserts = new ArrayList<>();
        for (Proofreader.Mark mark : marks) {
            Severity severity = running.get(mark.check());
            if (severity != null) {
                SegmentFinding stored = FindingRows.stored(
                        Finding.of(mark.check(), severity, mark.message()),
                        waived.contains(row.segmentId() + " " + mark.check()));
                inserts.add(FindingRows.insertRow(row.row(), row.locale(), stored));
            }
        }
        deleteFindings(List.of(row.translationId()));
        findingRows.insert(inserts);
        jdbc.sql("update translation set proofread_hash = ? where id = ?")
                .params(hash(row.target()), row.translationId())
                .update();
        publisher.publishEvent(new TranslationChanged(row.documentId(), row.locale(), Set.of(row.segmentId())));
        return true;
    }

    /** The translations' language findings go and they wait for proofreading. */
    private void forget(List<Long> translationIds) {
        deleteFindings(translationIds);
        for (int i = 0; i < translationIds.size(); i += QualityService.CHUNK) {
            jdbc.sql("update translation set proofread_hash = null where id in (:ids)")
                    .param("ids", translationIds.subList(i, Math.min(translationIds.size(), i + QualityService.CHUNK)))
                    .update();
        }
    }

    private void deleteFindings(List<Long> translationIds) {
        for (int i = 0; i < translationIds.size(); i += QualityService.CHUNK) {
            jdbc.sql("delete from qa_finding where translation_id in (:ids) and check_name like 'lang.%'")
                    .param("ids", translationIds.subList(i, Math.min(translationIds.size(), i + QualityService.CHUNK)))
                    .update();
        }
    }

    /** The language checks that run in a project with these overrides, with their severities there. */
    private Map<String, Severity> runningSeverities(Map<String, Severity> overrides) {
        Map<String, Severity> running = new java.util.TreeMap<>();
        for (QaCheck check : checks()) {
            Severity severity = check.severityIn(overrides);
            if (severity.runs()) {
                running.put(check.name(), severity);
            }
        }
        return running;
    }

    /** The hash a proofread target is remembered by; an absent target is the empty one. */
    static int hash(@Nullable String target) {
        return Objects.requireNonNullElse(target, "").hashCode();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Runs the action once the transaction committed, after the caches that listen for its completion (the term
     * index) have forgotten what it changed, so that the worker does not proofread with them.
     */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        action.run();
                    }
                }
            });
        } else {
            action.run();
        }
    }

    // The worker

    private void work() {
        List<Long> backlog = new ArrayList<>();
        while (worker == Thread.currentThread()) {
            try {
                Long next = saved.poll();
                if (next == null && backlog.isEmpty()) {
                    backlog.addAll(nextWaiting());
                }
                if (next == null && !backlog.isEmpty()) {
                    next = backlog.removeFirst();
                }
                if (next == null) {
                    next = saved.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                }
                if (next != null) {
                    proofread(next);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (worker != Thread.currentThread()) {
                    return;
                }
                log.warn("Proofreading failed; trying again shortly: {}", e.toString());
                backlog.clear();
                sleep();
            }
        }
    }

    private void proofread(long translationId) {
        Optional<Proofreadable> row = load(translationId);
        if (row.isEmpty() || row.get().proofreadHash() != null) {
            return;
        }
        List<Proofreader.Mark> marks = proofreadOrNothing(row.get());
        transaction.executeWithoutResult(status -> store(row.get(), marks));
    }

    private List<Proofreader.Mark> proofreadOrNothing(Proofreadable row) {
        try {
            return proofreadOutside(row);
        } catch (RuntimeException e) {
            // A text the checker cannot read must not hold up the queue: it counts as proofread, without findings.
            log.warn(
                    "Proofreading translation {} failed; it is left without language findings", row.translationId(), e);
            return List.of();
        }
    }

    private List<Long> nextWaiting() {
        List<String> locales = jdbc
                .sql("select distinct locale from translation where proofread_hash is null")
                .query(String.class)
                .list()
                .stream()
                .filter(this::covers)
                .toList();
        if (locales.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from translation where proofread_hash is null and locale in (:locales)"
                        + " and target is not null and target <> '' order by id fetch first " + BATCH + " rows only")
                .param("locales", locales)
                .query(Long.class)
                .list();
    }

    private static void sleep() {
        try {
            Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        if (proofreader != null && proofreader.available()) {
            Thread thread = new Thread(this::work, "proofreading");
            thread.setDaemon(true);
            worker = thread;
            thread.start();
        }
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
