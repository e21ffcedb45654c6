package dev.tessera.translation;

import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.project.DocumentSummary;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.SegmentInfo;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Locales;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Target segments: reading them beside the source, writing them with a version check, and their history. */
@Service
public class TranslationService {

    private static final int IN_LIST_SIZE = 1000;

    private final DocumentService documents;
    private final TranslationRepository translations;
    private final TranslationEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transaction;

    TranslationService(DocumentService documents, TranslationRepository translations,
            TranslationEventRepository events, CurrentUser currentUser, Clock clock,
            PlatformTransactionManager transactionManager) {
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
        return segments(documentId, locale, Pageable.unpaged());
    }

    /** One page of the document's segments in order, with their translations in the locale. */
    @Transactional(readOnly = true)
    public List<SegmentRow> segments(long documentId, String locale, Pageable page) {
        DocumentInfo document = documents.document(documentId);
        String target = targetLocale(document, locale);
        List<SegmentInfo> segments = documents.segments(documentId, page);
        Map<Long, TranslationState> states = new HashMap<>();
        if (page.isUnpaged()) {
            translations.findByDocumentIdAndLocale(documentId, target).forEach(t -> states.put(t.segmentId(), t.state()));
        } else {
            for (List<Long> ids : chunks(segments.stream().map(SegmentInfo::id).toList())) {
                translations.findByLocaleAndSegmentIdIn(target, ids).forEach(t -> states.put(t.segmentId(), t.state()));
            }
        }
        return segments.stream()
                .map(s -> SegmentRow.of(s, states.getOrDefault(s.id(), TranslationState.UNTRANSLATED)))
                .toList();
    }

    /**
     * Writes a new target text and status, if {@code update.version()} is still the current version.
     *
     * @throws StaleVersionException when someone else wrote first; nothing is changed then
     */
    public TranslationState save(long documentId, long segmentId, String locale, TranslationUpdate update) {
        String actor = currentUser.require(Role.TRANSLATOR);
        update.validate();
        DocumentInfo document = documents.document(documentId);
        documents.segment(documentId, segmentId);
        String target = targetLocale(document, locale);
        try {
            return transaction.execute(status -> write(documentId, segmentId, target, update, actor));
        } catch (DataIntegrityViolationException e) {
            if (!isDuplicateTranslation(e)) {
                throw e;
            }
            throw new StaleVersionException(current(segmentId, target));
        } catch (ConcurrencyFailureException e) {
            throw new StaleVersionException(current(segmentId, target));
        }
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long documentId, long segmentId, String locale) {
        DocumentInfo document = documents.document(documentId);
        documents.segment(documentId, segmentId);
        return events.findBySegmentIdAndLocaleOrderByOccurredAtDescIdDesc(segmentId, targetLocale(document, locale))
                .stream().map(TranslationEvent::entry).toList();
    }

    /** Status counts per document and target locale; segments without a translation count as UNTRANSLATED. */
    @Transactional(readOnly = true)
    public Map<Long, List<LocaleProgress>> progress(ProjectInfo project, List<DocumentSummary> documentsOfProject) {
        currentUser.require(Role.TRANSLATOR);
        Map<Long, Map<String, Map<TranslationStatus, Long>>> counted = new HashMap<>();
        if (!documentsOfProject.isEmpty()) {
            for (StatusCount c : translations.statusCounts(documentsOfProject.stream().map(DocumentSummary::id).toList())) {
                counted.computeIfAbsent(c.documentId(), id -> new HashMap<>())
                        .computeIfAbsent(c.locale(), l -> new EnumMap<>(TranslationStatus.class))
                        .merge(c.status(), c.count(), Long::sum);
            }
        }
        Map<Long, List<LocaleProgress>> progress = new LinkedHashMap<>();
        for (DocumentSummary document : documentsOfProject) {
            List<LocaleProgress> perLocale = new ArrayList<>();
            for (String locale : project.targetLocales()) {
                Map<TranslationStatus, Long> counts = new EnumMap<>(TranslationStatus.class);
                counts.putAll(counted.getOrDefault(document.id(), Map.of()).getOrDefault(locale, Map.of()));
                long touched = counts.values().stream().mapToLong(Long::longValue).sum();
                counts.merge(TranslationStatus.UNTRANSLATED, document.segmentCount() - touched, Long::sum);
                perLocale.add(new LocaleProgress(locale, document.segmentCount(), counts));
            }
            progress.put(document.id(), perLocale);
        }
        return progress;
    }

    private TranslationState write(long documentId, long segmentId, String locale, TranslationUpdate update, String actor) {
        Optional<Translation> existing = translations.findBySegmentIdAndLocale(segmentId, locale);
        TranslationState before = existing.map(Translation::state).orElse(TranslationState.UNTRANSLATED);
        if (before.version() != update.version()) {
            throw new StaleVersionException(before);
        }
        if (before.status() == TranslationStatus.APPROVED && !currentUser.hasRole(Role.REVIEWER)) {
            throw ApiException.forbidden("The segment is approved; only a reviewer can change it now.");
        }
        TranslationStatus status = before.status() == TranslationStatus.REJECTED
                && update.status() == TranslationStatus.DRAFT ? TranslationStatus.REJECTED : update.status();
        if (update.target().equals(before.target()) && status == before.status()) {
            return before;
        }
        Instant now = clock.instant();
        TranslationState after = new TranslationState(update.target(), status, before.version() + 1);
        if (existing.isEmpty()) {
            translations.saveAndFlush(new Translation(documentId, segmentId, locale, after.target(), status, actor, now));
        } else if (translations.updateIfVersion(existing.get().id(), before.version(), after.target(), status, actor,
                now) == 0) {
            throw new StaleVersionException(current(segmentId, locale));
        }
        events.save(new TranslationEvent(segmentId, locale, actor, now, before, after, null));
        return after;
    }

    private TranslationState current(long segmentId, String locale) {
        return transaction.execute(status -> translations.findBySegmentIdAndLocale(segmentId, locale)
                .map(Translation::state).orElse(TranslationState.UNTRANSLATED));
    }

    /** Another writer inserted the first translation of this segment and locale at the same time. */
    private static boolean isDuplicateTranslation(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("uk_translation_segment_locale");
    }

    /** Splits ids into lists small enough for an SQL {@code in} list. */
    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IN_LIST_SIZE) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + IN_LIST_SIZE)));
        }
        return chunks;
    }

    /** The locale in canonical form, if the document's project translates into it; 400 otherwise. */
    static String targetLocale(DocumentInfo document, String locale) {
        String canonical = Locales.canonical(locale);
        if (!document.project().hasTargetLocale(canonical)) {
            throw ApiException.validation("The project \"" + document.project().slug() + "\" does not translate into "
                    + canonical + "; its target locales are " + document.project().targetLocales() + ".");
        }
        return canonical;
    }
}
