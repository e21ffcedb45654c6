package dev.tessera.translation.review;

import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.project.ProjectAccess;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.AuditEvent;
import dev.tessera.translation.StaleVersionException;
import dev.tessera.translation.Translation;
import dev.tessera.translation.TranslationChanged;
import dev.tessera.translation.TranslationRepository;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationState;
import dev.tessera.translation.TranslationStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typed quality issues (MQM): filed by a reviewer with a review or alone as an annotation, listed with the segment
 * for everyone on the project, retracted by whoever filed them or a manager, and summed into the document's score.
 */
@Service
public class IssueService {

    private final QualityIssueRepository issues;
    private final TranslationRepository translations;
    private final TranslationService translationService;
    private final DocumentService documents;
    private final ProjectAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    IssueService(
            QualityIssueRepository issues,
            TranslationRepository translations,
            TranslationService translationService,
            DocumentService documents,
            ProjectAccess access,
            Clock clock,
            ApplicationEventPublisher publisher) {
        this.issues = issues;
        this.translations = translations;
        this.translationService = translationService;
        this.documents = documents;
        this.access = access;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Files the issues of a review, in the review's transaction, on the text it reviewed. */
    void file(
            long documentId,
            long segmentId,
            String locale,
            List<IssueRequest> requests,
            TranslationState reviewed,
            QualityIssue.Origin origin,
            String reviewer,
            String translator,
            Instant at) {
        for (IssueRequest request : requests) {
            issues.save(new QualityIssue(
                    documentId,
                    segmentId,
                    locale,
                    request,
                    reviewed.target(),
                    reviewed.version(),
                    origin,
                    reviewer,
                    translator,
                    at));
        }
    }

    /**
     * Files the issues an XLIFF file carries on a segment's target, as the importing reviewer's, on the translation
     * as it is after the import: those that do not fit its text, and those already filed alike on it, are passed
     * over. Answers how many were filed.
     */
    public int fileImported(
            long documentId, long segmentId, String locale, List<IssueRequest> requests, String reviewer) {
        Translation translation =
                translations.findBySegmentIdAndLocale(segmentId, locale).orElse(null);
        if (translation == null || translation.state().target() == null) {
            return 0;
        }
        TranslationState state = translation.state();
        List<Issue> standing = issues.findBySegmentIdAndLocaleOrderByCreatedAtAscIdAsc(segmentId, locale).stream()
                .map(issue -> issue.view(state.target()))
                .filter(Issue::standing)
                .toList();
        String translator = translationService.lastWriter(segmentId, locale);
        Instant now = clock.instant();
        int filed = 0;
        for (IssueRequest request : requests) {
            try {
                request.validate(state.target());
            } catch (ApiException e) {
                continue;
            }
            if (standing.stream().noneMatch(issue -> alike(issue, request))) {
                issues.save(new QualityIssue(
                        documentId,
                        segmentId,
                        locale,
                        request,
                        state.target(),
                        state.version(),
                        QualityIssue.Origin.IMPORT,
                        reviewer,
                        translator,
                        now));
                filed++;
            }
        }
        return filed;
    }

    private static boolean alike(Issue issue, IssueRequest request) {
        String comment = request.comment() == null || request.comment().isBlank()
                ? null
                : request.comment().strip();
        return issue.category() == request.category()
                && issue.severity() == request.severity()
                && java.util.Objects.equals(issue.start(), request.start())
                && java.util.Objects.equals(issue.end(), request.end())
                && java.util.Objects.equals(issue.comment(), comment);
    }

    /**
     * Files one issue on a TRANSLATED, APPROVED or REJECTED segment without changing its status (REVIEWER and up),
     * if the translation is still at the version the reviewer read.
     */
    @Transactional
    public Issue annotate(long documentId, long segmentId, String locale, IssueRequest request) {
        if (request.version() == null || request.version() < 0) {
            throw ApiException.validation("\"version\" is required: the version of the translation the issue is about.")
                    .text("translation.issue-version-missing");
        }
        String target = translationService.segmentLocale(documentId, segmentId, locale);
        DocumentInfo document = translationService.document(documentId);
        String reviewer = access.requireWrite(document.project(), target, Role.REVIEWER);
        Translation translation =
                translations.findBySegmentIdAndLocale(segmentId, target).orElse(null);
        TranslationState state = translation == null ? TranslationState.UNTRANSLATED : translation.state();
        if (state.version() != request.version()) {
            throw new StaleVersionException(state);
        }
        if (state.status() == TranslationStatus.UNTRANSLATED || state.status() == TranslationStatus.DRAFT) {
            throw ApiException.invalidState(
                            "Issues are filed on a translation that was handed in; this one is " + state.status() + ".")
                    .text("translation.issue-not-handed-in", state.status().name());
        }
        request.validate(state.target());
        Instant now = clock.instant();
        QualityIssue issue = issues.save(new QualityIssue(
                documentId,
                segmentId,
                target,
                request,
                state.target(),
                state.version(),
                QualityIssue.Origin.ANNOTATION,
                reviewer,
                translationService.lastWriter(segmentId, target),
                now));
        publisher.publishEvent(new TranslationChanged(documentId, target, Set.of(segmentId)));
        publisher.publishEvent(new AuditEvent(
                reviewer,
                "issue_filed",
                "segment:" + segmentId,
                target + ": " + request.severity() + " " + request.category(),
                document.project().slug()));
        return issue.view(state.target());
    }

    /** The segment's issues in the locale, oldest first (anyone who sees the document). */
    @Transactional(readOnly = true)
    public List<Issue> issues(long documentId, long segmentId, String locale) {
        String target = translationService.segmentLocale(documentId, segmentId, locale);
        String current = currentTarget(segmentId, target);
        return issues.findBySegmentIdAndLocaleOrderByCreatedAtAscIdAsc(segmentId, target).stream()
                .map(issue -> issue.view(current))
                .toList();
    }

    /** Retracts an issue: whoever filed it, or a manager of the project. */
    @Transactional
    public void retract(long documentId, long segmentId, String locale, long issueId) {
        String target = translationService.segmentLocale(documentId, segmentId, locale);
        DocumentInfo document = translationService.document(documentId);
        String actor = access.requireWrite(document.project(), target, Role.REVIEWER);
        QualityIssue issue = issues.findById(issueId)
                .filter(found -> found.segmentId() == segmentId && found.documentId() == documentId)
                .orElseThrow(() -> ApiException.notFound("There is no issue " + issueId + " on this segment.")
                        .text("translation.issue-not-found", String.valueOf(issueId)));
        if (!issue.reviewer().equals(actor)
                && !access.visible(document.project()).includes(Role.MANAGER)) {
            throw ApiException.forbidden(
                            "Only " + issue.reviewer() + ", who filed the issue, or a manager can retract it.")
                    .text("translation.issue-not-yours", issue.reviewer());
        }
        issues.delete(issue);
        publisher.publishEvent(new TranslationChanged(documentId, target, Set.of(segmentId)));
        publisher.publishEvent(new AuditEvent(
                actor,
                "issue_retracted",
                "segment:" + segmentId,
                target + ": issue " + issueId,
                document.project().slug()));
    }

    /**
     * The issues that stand on the translations of the document in the locale (their text unchanged since they were
     * filed), by segment, for an export; the caller has checked that the user may read the document.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Issue>> standing(long documentId, String locale) {
        Map<Long, String> targets = new HashMap<>();
        translations
                .findByDocumentIdAndLocale(documentId, locale)
                .forEach(t -> targets.put(t.segmentId(), t.state().target()));
        Map<Long, List<Issue>> standing = new HashMap<>();
        for (QualityIssue issue : issues.findByDocumentIdAndLocale(documentId, locale)) {
            Issue view = issue.view(targets.get(issue.segmentId()));
            if (view.standing()) {
                standing.computeIfAbsent(issue.segmentId(), id -> new ArrayList<>())
                        .add(view);
            }
        }
        standing.values().forEach(list -> list.sort(Comparator.comparing(Issue::id)));
        return standing;
    }

    /** The document's MQM score in the locale: every issue filed on it, against the project's threshold. */
    @Transactional(readOnly = true)
    public QualityScore.Report quality(long documentId, String locale) {
        DocumentInfo document = translationService.document(documentId);
        String target = TranslationService.targetLocale(document, locale);
        long words = documents.sourceWords(documentId).values().stream()
                .mapToLong(Integer::longValue)
                .sum();
        List<QualityScore.Counted> counted = issues.findByDocumentIdAndLocale(documentId, target).stream()
                .map(QualityIssue::counted)
                .toList();
        return QualityScore.of(words, counted, document.project().qualityThreshold());
    }

    private String currentTarget(long segmentId, String locale) {
        return translations
                .findBySegmentIdAndLocale(segmentId, locale)
                .map(translation -> translation.state().target())
                .orElse(null);
    }
}
