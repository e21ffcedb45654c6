package dev.tessera.translation;

import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.project.DocumentSummary;
import dev.tessera.project.ProjectAccess;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.SegmentInfo;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Locales;
import dev.tessera.translation.quality.QualityService;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Target segments: reading them beside the source, writing them with a version check, and their history. */
@Service
public class TranslationService {

    private static final int NEXT_BATCH = 50;
    private static final List<TranslationStatus> FINISHED =
            List.of(TranslationStatus.TRANSLATED, TranslationStatus.APPROVED, TranslationStatus.SIGNED_OFF);

    private final DocumentService documents;
    private final TranslationRepository translations;
    private final TranslationEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final QualityService quality;
    private final RepeatedSources repeatedSources;
    private final ProjectAccess access;

    TranslationService(
            DocumentService documents,
            TranslationRepository translations,
            TranslationEventRepository events,
            CurrentUser currentUser,
            Clock clock,
            PlatformTransactionManager transactionManager,
            QualityService quality,
            RepeatedSources repeatedSources,
            ProjectAccess access) {
        this.access = access;
        this.quality = quality;
        this.repeatedSources = repeatedSources;
        this.documents = documents;
        this.translations = translations;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        // Each write is its own transaction, so that a failed one can be followed by a read of the current state.
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Every segment of the document in order, with its translation in the locale. */
    @Transactional(readOnly = true)
    public List<SegmentRow> segments(long documentId, String locale) {
        DocumentInfo document = documents.document(documentId);
        String target = targetLocale(document, locale);
        return quality.withFindings(document, target, translations.documentRows(documentId, target));
    }

    /** The status of every translated segment of the document, by locale (untranslated ones are absent). */
    @Transactional(readOnly = true)
    Map<String, Map<Long, TranslationStatus>> statusesByLocale(long documentId) {
        currentUser.require(Role.TRANSLATOR);
        Map<String, Map<Long, TranslationStatus>> byLocale = new HashMap<>();
        for (SegmentStatus status : translations.segmentStatuses(documentId)) {
            byLocale.computeIfAbsent(status.locale(), l -> new HashMap<>()).put(status.segmentId(), status.status());
        }
        return byLocale;
    }

    /** One page of the segments the filter lets through, in document order: three SQL statements. */
    @Transactional(readOnly = true)
    public List<SegmentRow> segments(long documentId, String locale, SegmentFilter filter, Pageable page) {
        DocumentInfo document = documents.document(documentId);
        String target = targetLocale(document, locale);
        return quality.withFindings(
                document,
                target,
                translations.filteredRows(
                        documentId,
                        target,
                        filter.statuses(),
                        filter.includesUntranslated(),
                        filter.likePattern(),
                        filter.translator(),
                        filter.qa() == QaFilter.ANY,
                        filter.qa() == QaFilter.CLEAN,
                        filter.qaSeverities(),
                        page));
    }

    @Transactional(readOnly = true)
    public long count(long documentId, String locale, SegmentFilter filter) {
        DocumentInfo document = documents.document(documentId);
        String target = targetLocale(document, locale);
        if (filter.isAll()) {
            return document.segmentCount();
        }
        return translations.countFiltered(
                documentId,
                target,
                filter.statuses(),
                filter.includesUntranslated(),
                filter.likePattern(),
                filter.translator(),
                filter.qa() == QaFilter.ANY,
                filter.qa() == QaFilter.CLEAN,
                filter.qaSeverities());
    }

    /** Where the segment at {@code position} stands among the rows the filter lets through (0-based). */
    @Transactional(readOnly = true)
    public long indexOf(long documentId, String locale, SegmentFilter filter, int position) {
        if (filter.isAll()) {
            currentUser.require(Role.TRANSLATOR);
            return position - 1L;
        }
        String target = targetLocale(documents.document(documentId), locale);
        return translations.countFilteredBefore(
                documentId,
                target,
                filter.statuses(),
                filter.includesUntranslated(),
                filter.likePattern(),
                filter.translator(),
                filter.qa() == QaFilter.ANY,
                filter.qa() == QaFilter.CLEAN,
                filter.qaSeverities(),
                position);
    }

    /** The next segment after {@code position} that is not finished, wrapping around to the start. */
    @Transactional(readOnly = true)
    public Optional<SegmentRow> nextUnfinished(long documentId, String locale, int position) {
        DocumentInfo document = documents.document(documentId);
        String target = targetLocale(document, locale);
        Optional<SegmentRow> next = firstUnfinishedAfter(documentId, target, position);
        if (next.isEmpty() && position != 0) {
            next = firstUnfinishedAfter(documentId, target, 0);
        }
        return next.map(
                row -> quality.withFindings(document, target, List.of(row)).getFirst());
    }

    /**
     * Looks at the next few segments first (one short query, the usual case while translating in order), then asks
     * the database for the first unfinished position beyond them.
     */
    private Optional<SegmentRow> firstUnfinishedAfter(long documentId, String locale, int position) {
        List<SegmentRow> batch = translations.rowsAfter(documentId, locale, position, PageRequest.of(0, NEXT_BATCH));
        if (batch.isEmpty()) {
            return Optional.empty();
        }
        Optional<SegmentRow> unfinished =
                batch.stream().filter(row -> !row.status().isFinished()).findFirst();
        if (unfinished.isPresent()) {
            return unfinished;
        }
        Integer next = translations.firstUnfinishedPosition(
                documentId, locale, batch.getLast().position(), FINISHED);
        return next == null
                ? Optional.empty()
                : translations.rowsAfter(documentId, locale, next - 1, PageRequest.of(0, 1)).stream()
                        .findFirst();
    }

    /** These segments of the document (others are ignored) with their translations in the locale, in order. */
    @Transactional(readOnly = true)
    public List<SegmentRow> segments(long documentId, String locale, Collection<Long> segmentIds) {
        DocumentInfo document = documents.document(documentId);
        String target = targetLocale(document, locale);
        if (segmentIds.isEmpty()) {
            return List.of();
        }
        return quality.withFindings(document, target, translations.rowsOf(documentId, target, segmentIds));
    }

    /** The segment with its translation in the locale. */
    @Transactional(readOnly = true)
    public SegmentRow segment(long documentId, long segmentId, String locale) {
        DocumentInfo document = documents.document(documentId);
        documents.segment(documentId, segmentId); // not_found for a segment of another document
        String target = targetLocale(document, locale);
        List<SegmentRow> row = translations.rowsOf(documentId, target, List.of(segmentId));
        return quality.withFindings(document, target, row).getFirst();
    }

    /** The people who last changed a translation of the document in the locale, for the translator filter. */
    @Transactional(readOnly = true)
    public List<String> editors(long documentId, String locale) {
        return translations.editors(documentId, targetLocale(documents.document(documentId), locale));
    }

    /**
     * Writes a new target text and status, if {@code update.version()} is still the current version. Confirming
     * (TRANSLATED) also gives untranslated repetitions of the same source sentence the same text as a draft.
     *
     * @throws StaleVersionException when someone else wrote first; nothing is changed then
     */
    public SaveResult save(long documentId, long segmentId, String locale, TranslationUpdate update) {
        Timer.Sample sample = Timer.start();
        String outcome = "refused";
        try {
            SaveResult saved = save(documentId, segmentId, locale, update, true);
            outcome = "saved";
            return saved;
        } catch (StaleVersionException e) {
            outcome = "conflict";
            throw e;
        } finally {
            sample.stop(Metrics.timer("tessera.saves", "outcome", outcome));
        }
    }

    /** A save that may leave repetitions alone (demo data, where a newcomer's first segments stay untranslated). */
    SaveResult save(long documentId, long segmentId, String locale, TranslationUpdate update, boolean propagate) {
        currentUser.require(Role.TRANSLATOR);
        update.validate();
        DocumentInfo document = documents.document(documentId);
        SegmentInfo segment = documents.segment(documentId, segmentId);
        String target = targetLocale(document, locale);
        String actor = access.requireWrite(document.project(), target, Role.TRANSLATOR);
        try {
            return transaction.execute(status -> {
                SaveResult saved = write(document.project(), segment, target, update, actor, propagate);
                return quality.settleDocumentRules() ? saved.withIssues(findings(segmentId, target)) : saved;
            });
        } catch (DataIntegrityViolationException e) {
            if (!isDuplicateTranslation(e)) {
                throw e;
            }
            throw new StaleVersionException(current(segmentId, target));
        } catch (ConcurrencyFailureException e) {
            throw new StaleVersionException(current(segmentId, target));
        }
    }

    /**
     * A write inside the caller's transaction (an import applies all its units in one), by the rules of
     * {@link #save}, leaving repetitions alone: they are units of the same file.
     */
    SaveResult saveJoined(
            DocumentInfo document, SegmentInfo segment, String locale, TranslationUpdate update, String actor) {
        update.validate();
        return write(document.project(), segment, locale, update, actor, false);
    }

    /** A target from elsewhere (the memory's pre-translation), and where it came from, for the history. */
    public record Prefill(long segmentId, String target, TranslationStatus status, String origin) {}

    /**
     * Writes each fill into its segment if that is still untranslated (no target), by the rules of {@link #save},
     * all in one transaction with the document's locale held; MANAGER and up. Answers the segments filled.
     */
    @Transactional
    public List<Long> prefill(long documentId, String locale, List<Prefill> fills) {
        currentUser.require(Role.MANAGER);
        DocumentInfo document = documents.document(documentId);
        String target = targetLocale(document, locale);
        String actor = access.requireWrite(document.project(), target, Role.MANAGER);
        quality.lockLocale(List.of(documentId), target);
        Map<Long, TranslationState> current = new HashMap<>();
        translations.findByDocumentIdAndLocale(documentId, target).forEach(t -> current.put(t.segmentId(), t.state()));
        List<Long> filled = new ArrayList<>();
        for (Prefill fill : fills) {
            TranslationState before = current.getOrDefault(fill.segmentId(), TranslationState.UNTRANSLATED);
            if (before.target() != null && !before.target().isBlank()) {
                continue;
            }
            TranslationUpdate update = new TranslationUpdate(fill.target(), fill.status(), before.version());
            update.validate();
            write(
                    document.project(),
                    documents.segment(documentId, fill.segmentId()),
                    target,
                    update,
                    actor,
                    false,
                    fill.origin());
            filled.add(fill.segmentId());
        }
        return filled;
    }

    /**
     * What the signed-in user may do in the document's locale: write targets, review them, and sign approved ones off
     * where the project has a second review step.
     */
    public record Standing(boolean writes, boolean reviews, boolean signsOff) {

        public Standing(boolean writes, boolean reviews) {
            this(writes, reviews, false);
        }
    }

    @Transactional(readOnly = true)
    public Standing standing(long documentId, String locale) {
        DocumentInfo document = documents.document(documentId);
        String target = targetLocale(document, locale);
        return access.of(document.project())
                .map(a -> new Standing(
                        a.writes(target) && a.includes(Role.TRANSLATOR),
                        a.writes(target) && a.includes(Role.REVIEWER),
                        a.writes(target) && a.signsOff() && document.project().secondReview()))
                .orElse(new Standing(false, false));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long documentId, long segmentId, String locale) {
        return events
                .findBySegmentIdAndLocaleOrderByOccurredAtDescIdDesc(
                        segmentId, segmentLocale(documentId, segmentId, locale))
                .stream()
                .map(TranslationEvent::entry)
                .toList();
    }

    /** Who last changed the text of the segment's translation (not its status); null when nobody has. */
    @Transactional(readOnly = true)
    public String lastWriter(long segmentId, String locale) {
        return lastActor(segmentId, locale, TranslationEvent::changedText);
    }

    /** Who last gave the segment's translation the status; null when nobody has. */
    @Transactional(readOnly = true)
    public String lastToStatus(long segmentId, String locale, TranslationStatus status) {
        return lastActor(segmentId, locale, event -> event.newStatus() == status);
    }

    private String lastActor(long segmentId, String locale, java.util.function.Predicate<TranslationEvent> change) {
        return events.findBySegmentIdAndLocaleOrderByOccurredAtDescIdDesc(segmentId, locale).stream()
                .filter(change)
                .map(TranslationEvent::actor)
                .findFirst()
                .orElse(null);
    }

    /** Status counts of one document in one locale. */
    @Transactional(readOnly = true)
    public LocaleProgress progress(long documentId, String locale) {
        DocumentInfo document = documents.document(documentId);
        String target = targetLocale(document, locale);
        ProjectInfo project = document.project();
        DocumentSummary summary =
                new DocumentSummary(document.id(), document.name(), document.segmentCount(), document.format());
        return progress(project, List.of(summary))
                .get(documentId)
                .get(project.targetLocales().indexOf(target));
    }

    /** Status counts per document and target locale; segments without a translation count as UNTRANSLATED. */
    @Transactional(readOnly = true)
    public Map<Long, List<LocaleProgress>> progress(ProjectInfo project, List<DocumentSummary> documentsOfProject) {
        currentUser.require(Role.TRANSLATOR);
        List<StatusCount> counts = documentsOfProject.isEmpty()
                ? List.of()
                : translations.statusCounts(
                        documentsOfProject.stream().map(DocumentSummary::id).toList());
        return LocaleProgress.perDocument(project.targetLocales(), documentsOfProject, counts);
    }

    private SaveResult write(
            ProjectInfo project,
            SegmentInfo segment,
            String locale,
            TranslationUpdate update,
            String actor,
            boolean propagate) {
        return write(project, segment, locale, update, actor, propagate, null);
    }

    private SaveResult write(
            ProjectInfo project,
            SegmentInfo segment,
            String locale,
            TranslationUpdate update,
            String actor,
            boolean propagate,
            @Nullable String origin) {
        long segmentId = segment.id();
        List<Long> documentIds = documents.documentIds(project.id());
        boolean repeated = repeatedSources.isRepeated(documentIds, segment.source());
        if (repeated) {
            // Writes of the same sentence recheck each other's findings: they take their turns.
            quality.lockSameSource(documentIds, locale, segment.source());
        }
        Optional<Translation> existing = translations.findBySegmentIdAndLocale(segmentId, locale);
        TranslationState before = existing.map(Translation::state).orElse(TranslationState.UNTRANSLATED);
        if (before.version() != update.version()) {
            throw new StaleVersionException(before);
        }
        if (before.status().isApproved() && !currentUser.hasRole(Role.REVIEWER)) {
            throw ApiException.forbidden("The segment is approved; only a reviewer can change it now.")
                    .text("translation.segment-approved");
        }
        TranslationStatus status =
                before.status() == TranslationStatus.REJECTED && update.status() == TranslationStatus.DRAFT
                        ? TranslationStatus.REJECTED
                        : update.status();
        if (update.target().equals(before.target()) && status == before.status()) {
            return SaveResult.of(before, 0, findings(segmentId, locale));
        }
        Instant now = clock.instant();
        TranslationState after = new TranslationState(update.target(), status, before.version() + 1);
        if (existing.isEmpty()) {
            translations.saveAndFlush(
                    new Translation(segment.documentId(), segmentId, locale, after.target(), status, actor, now));
        } else if (translations.updateIfVersion(
                        existing.get().id(), before.version(), after.target(), status, actor, now)
                == 0) {
            throw new StaleVersionException(current(segmentId, locale));
        }
        events.save(new TranslationEvent(segmentId, locale, actor, now, before, after, origin));
        int propagated = propagate && repeated && status == TranslationStatus.TRANSLATED
                ? propagate(segment, locale, after.target(), actor, now)
                : 0;
        if (!update.target().equals(before.target())) {
            quality.dropWaivers(segmentId, locale);
        }
        Map<Long, List<SegmentFinding>> issues =
                quality.recheck(project, documentIds, locale, segmentId, segment.source(), repeated);
        return SaveResult.of(after, propagated, issues.getOrDefault(segmentId, List.of()));
    }

    private List<SegmentFinding> findings(long segmentId, String locale) {
        return quality.findings(locale, List.of(segmentId)).getOrDefault(segmentId, List.of());
    }

    /** Gives untranslated repetitions of the segment's source the confirmed text, as drafts marked propagated. */
    private int propagate(SegmentInfo segment, String locale, String target, String actor, Instant now) {
        List<Long> repetitions =
                translations.untranslatedRepetitions(segment.documentId(), segment.id(), segment.source(), locale);
        TranslationState draft = new TranslationState(target, TranslationStatus.DRAFT, 1);
        for (Long repetition : repetitions) {
            translations.save(
                    Translation.propagated(segment.documentId(), repetition, locale, target, segment.id(), actor, now));
            events.save(new TranslationEvent(
                    repetition,
                    locale,
                    actor,
                    now,
                    TranslationState.UNTRANSLATED,
                    draft,
                    "Propagated from segment " + segment.position() + ", a repetition of the same source."));
        }
        translations.flush();
        return repetitions.size();
    }

    private TranslationState current(long segmentId, String locale) {
        return transaction.execute(status -> translations
                .findBySegmentIdAndLocale(segmentId, locale)
                .map(Translation::state)
                .orElse(TranslationState.UNTRANSLATED));
    }

    /** Another writer inserted the first translation of this segment and locale at the same time. */
    private static boolean isDuplicateTranslation(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("uk_translation_segment_locale");
    }

    public DocumentInfo document(long documentId) {
        return documents.document(documentId);
    }

    /** The canonical locale, after checking that the segment belongs to the document and the project translates into it. */
    public String segmentLocale(long documentId, long segmentId, String locale) {
        DocumentInfo document = documents.document(documentId);
        documents.segment(documentId, segmentId);
        return targetLocale(document, locale);
    }

    /** The locale in canonical form, if the document's project translates into it; 400 otherwise. */
    public static String targetLocale(DocumentInfo document, String locale) {
        String canonical = Locales.canonical(locale);
        if (!document.project().hasTargetLocale(canonical)) {
            throw ApiException.validation("The project \"" + document.project().slug()
                            + "\" does not translate into " + canonical + "; its target locales are "
                            + document.project().targetLocales() + ".")
                    .text(
                            "translation.locale-not-target",
                            document.project().slug(),
                            canonical,
                            String.valueOf(document.project().targetLocales()));
        }
        return canonical;
    }
}
