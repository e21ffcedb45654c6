package dev.tessera.translation.review;

import dev.tessera.project.ProjectAccess;
import dev.tessera.project.ProjectInfo;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.AuditEvent;
import dev.tessera.translation.Comment;
import dev.tessera.translation.CommentAdded;
import dev.tessera.translation.CommentText;
import dev.tessera.translation.SegmentFilter;
import dev.tessera.translation.SegmentFinding;
import dev.tessera.translation.StaleVersionException;
import dev.tessera.translation.Translation;
import dev.tessera.translation.TranslationChanged;
import dev.tessera.translation.TranslationComment;
import dev.tessera.translation.TranslationCommentRepository;
import dev.tessera.translation.TranslationEvent;
import dev.tessera.translation.TranslationEventRepository;
import dev.tessera.translation.TranslationRepository;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationState;
import dev.tessera.translation.TranslationStatus;
import dev.tessera.translation.quality.QualityService;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review and discussion of a segment's translation: a reviewer approves or rejects a TRANSLATED segment (a
 * rejection carries a comment the translator sees; an unwaived QA ERROR blocks approval), waives a check with a
 * written reason, approves every clean segment of a filter at once, and anyone on the project writes in the
 * segment's thread.
 */
@Service
public class ReviewService {

    private static final int CHUNK = 1000;
    /** Above this many changed segments, open editors are told to refresh everything. */
    private static final int NAMED_CHANGES = 500;

    private final TranslationService translationService;
    private final QualityService quality;
    private final TranslationRepository translations;
    private final TranslationEventRepository events;
    private final TranslationCommentRepository comments;
    private final QaWaiverRepository waivers;
    private final IssueService issueService;
    private final CurrentUser currentUser;
    private final ProjectAccess access;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;

    ReviewService(
            TranslationService translationService,
            QualityService quality,
            TranslationRepository translations,
            TranslationEventRepository events,
            TranslationCommentRepository comments,
            QaWaiverRepository waivers,
            CurrentUser currentUser,
            Clock clock,
            JdbcTemplate jdbc,
            ApplicationEventPublisher publisher,
            ProjectAccess access,
            IssueService issueService) {
        this.access = access;
        this.issueService = issueService;
        this.translationService = translationService;
        this.quality = quality;
        this.translations = translations;
        this.events = events;
        this.comments = comments;
        this.waivers = waivers;
        this.currentUser = currentUser;
        this.clock = clock;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /**
     * Approves or rejects the segment's translation, if it is TRANSLATED and still at the reviewed version.
     *
     * @throws StaleVersionException when it changed since it was reviewed
     * @throws ApiException 422 {@code qa_errors} or {@code glossary_errors} when unwaived ERRORs block approval
     */
    @Transactional
    public TranslationState review(long documentId, long segmentId, String locale, ReviewRequest request) {
        request.validate();
        String target = locale(documentId, segmentId, locale);
        String reviewer = reviewerIn(documentId, target);
        Translation translation =
                translations.findBySegmentIdAndLocale(segmentId, target).orElse(null);
        TranslationState before = translation == null ? TranslationState.UNTRANSLATED : translation.state();
        if (before.version() != request.version()) {
            throw new StaleVersionException(before);
        }
        ProjectInfo project = translationService.document(documentId).project();
        if (request.action() == ReviewRequest.Action.SIGN_OFF) {
            checkSignOff(project, segmentId, target, before, reviewer);
        } else if (before.status() == TranslationStatus.APPROVED
                && project.secondReview()
                && request.action() == ReviewRequest.Action.REJECT) {
            requireSigner(project);
        } else if (before.status() != TranslationStatus.TRANSLATED) {
            throw ApiException.invalidState(
                            "Only a TRANSLATED segment can be reviewed; this one is " + before.status() + ".")
                    .text("translation.review-not-translated", String.valueOf(before.status()));
        }
        if (request.action() != ReviewRequest.Action.REJECT) {
            quality.proofreadBeforeApproval(project, segmentId, target);
            refuseBlocked(segmentId, target);
        }
        request.issues().forEach(issue -> issue.validate(before.target()));
        TranslationStatus status = switch (request.action()) {
            case APPROVE -> TranslationStatus.APPROVED;
            case REJECT -> TranslationStatus.REJECTED;
            case SIGN_OFF -> TranslationStatus.SIGNED_OFF;
        };
        Instant now = clock.instant();
        if (translations.updateIfVersion(translation.id(), before.version(), before.target(), status, reviewer, now)
                == 0) {
            throw new StaleVersionException(translations
                    .findBySegmentIdAndLocale(segmentId, target)
                    .map(Translation::state)
                    .orElse(TranslationState.UNTRANSLATED));
        }
        TranslationState after = new TranslationState(before.target(), status, before.version() + 1);
        Metrics.counter("tessera.reviews", "action", request.action().name()).increment();
        String comment = request.comment() == null || request.comment().isBlank()
                ? null
                : request.comment().strip();
        events.save(new TranslationEvent(segmentId, target, reviewer, now, before, after, comment));
        issueService.file(
                documentId,
                segmentId,
                target,
                request.issues(),
                before,
                status == TranslationStatus.REJECTED ? QualityIssue.Origin.REJECTION : QualityIssue.Origin.ANNOTATION,
                reviewer,
                translationService.lastWriter(segmentId, target),
                now);
        if (comment != null) {
            comments.save(new TranslationComment(segmentId, target, reviewer, now, comment));
        }
        if (status == TranslationStatus.REJECTED) {
            // A rejected translation no longer counts as handed in for the checks over the whole document.
            quality.documentChanged(project, documentId, target, segmentId);
        }
        publisher.publishEvent(new TranslationChanged(documentId, target, Set.of(segmentId)));
        audit(
                reviewer,
                switch (status) {
                    case APPROVED -> "approved";
                    case SIGNED_OFF -> "signed_off";
                    default -> "rejected";
                },
                documentId,
                "segment:" + segmentId,
                comment == null ? target : target + ": " + comment);
        return after;
    }

    /**
     * A sign-off needs a project with the second review step, an APPROVED segment, a signer (a manager, or a reviewer
     * whose membership says so) and someone other than the segment's approver.
     */
    private void checkSignOff(
            ProjectInfo project, long segmentId, String locale, TranslationState before, String signer) {
        if (!project.secondReview()) {
            throw ApiException.invalidState("The project \"" + project.slug() + "\" has no second review step;"
                            + " approval is final there.")
                    .text("translation.no-second-review", project.slug());
        }
        if (before.status() != TranslationStatus.APPROVED) {
            throw ApiException.invalidState(
                            "Only an APPROVED segment can be signed off; this one is " + before.status() + ".")
                    .text("translation.sign-off-not-approved", before.status().name());
        }
        requireSigner(project);
        if (signer.equals(translationService.lastToStatus(segmentId, locale, TranslationStatus.APPROVED))) {
            throw ApiException.forbidden("You approved this segment; a second reviewer signs it off.")
                    .text("translation.sign-off-own-approval");
        }
    }

    private void requireSigner(ProjectInfo project) {
        if (!access.visible(project).signsOff()) {
            throw ApiException.forbidden("In the project \"" + project.slug() + "\" the second review is a"
                            + " manager's, or a reviewer's whose membership lets them sign off.")
                    .text("translation.not-a-signer", project.slug());
        }
    }

    /** The unwaived ERRORs of the segment's translation: what keeps it from being approved. */
    public List<SegmentFinding> blockingFindings(long segmentId, String locale) {
        return quality.findings(locale, List.of(segmentId)).getOrDefault(segmentId, List.of()).stream()
                .filter(SegmentFinding::blocks)
                .toList();
    }

    private void refuseBlocked(long segmentId, String locale) {
        List<SegmentFinding> blocking = blockingFindings(segmentId, locale);
        if (blocking.isEmpty()) {
            return;
        }
        boolean glossary = blocking.stream().anyMatch(issue -> issue.check().startsWith("glossary."));
        List<Map<String, Object>> issues = new ArrayList<>();
        for (SegmentFinding issue : blocking) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("check", issue.check());
            json.put("severity", issue.severity().name());
            json.put("message", issue.message());
            issues.add(json);
        }
        throw ApiException.unprocessable(
                        glossary ? "glossary_errors" : "qa_errors",
                        blocking.size()
                                + (glossary ? " unwaived error(s), glossary ones among them," : " unwaived error(s)")
                                + " block approval: fix the translation, or waive the check with a reason.",
                        Map.of("issues", issues))
                .text("translation.approval-blocked", blocking.size(), glossary ? "glossary" : "qa");
    }

    /**
     * Waives one check's findings on the segment's current text (REVIEWER and up). The version does not change;
     * the history keeps the waiver and its reason, and the next change of the text drops it.
     */
    @Transactional
    public WaiverResult waive(long documentId, long segmentId, String locale, WaiverRequest request) {
        String reason = request.validate();
        String target = locale(documentId, segmentId, locale);
        String reviewer = reviewerIn(documentId, target);
        // Held until commit: a write of a new text waits, so the waiver covers exactly the text read here.
        quality.lockTranslation(segmentId, target);
        TranslationState state = translations
                .findBySegmentIdAndLocale(segmentId, target)
                .map(Translation::state)
                .orElse(TranslationState.UNTRANSLATED);
        if (state.version() != request.version()) {
            throw new StaleVersionException(state);
        }
        boolean open = quality.findings(target, List.of(segmentId)).getOrDefault(segmentId, List.of()).stream()
                .anyMatch(issue -> issue.check().equals(request.check()) && !issue.waived());
        if (!open) {
            throw ApiException.invalidState("The segment has no open finding of " + request.check()
                            + " to waive; its issues are listed with the segment.")
                    .text("translation.waiver-no-open-finding", request.check());
        }
        Instant now = clock.instant();
        waivers.saveAndFlush(new QaWaiver(segmentId, target, request.check(), reason, reviewer, now));
        quality.markWaived(segmentId, target, request.check());
        events.save(new TranslationEvent(
                segmentId, target, reviewer, now, state, state, "Waived " + request.check() + ": " + reason));
        publisher.publishEvent(new TranslationChanged(documentId, target, Set.of(segmentId)));
        audit(reviewer, "waived", documentId, "segment:" + segmentId, target + ": " + request.check() + ": " + reason);
        return new WaiverResult(
                state.target(),
                state.status(),
                state.version(),
                quality.findings(target, List.of(segmentId)).getOrDefault(segmentId, List.of()));
    }

    /** How many TRANSLATED segments without open QA issues the filter lets through: what approve-all would approve. */
    @Transactional(readOnly = true)
    public int cleanCount(long documentId, String locale, SegmentFilter filter) {
        String target = TranslationService.targetLocale(translationService.document(documentId), locale);
        reviewerIn(documentId, target);
        return cleanTranslationIds(documentId, target, filter).size();
    }

    /**
     * Approves every TRANSLATED segment without open QA issues that the filter lets through, each only if it did
     * not change meanwhile, in one transaction; each approval is in the history.
     *
     * @return how many were approved
     */
    @Transactional
    public int approveAllClean(long documentId, String locale, SegmentFilter filter) {
        String target = TranslationService.targetLocale(translationService.document(documentId), locale);
        String reviewer = reviewerIn(documentId, target);
        List<Long> ids = cleanTranslationIds(documentId, target, filter);
        boolean proofreads =
                quality.proofreads(translationService.document(documentId).project(), target);
        Instant now = clock.instant();
        Set<Long> approvedSegments = new HashSet<>();
        List<TranslationEvent> history = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Translation> chunk = translations.findAllById(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
            List<Object[]> updates = chunk.stream()
                    .map(t -> new Object[] {
                        TranslationStatus.APPROVED.name(),
                        reviewer,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        t.id(),
                        t.state().version(),
                        TranslationStatus.TRANSLATED.name()
                    })
                    .toList();
            // Still clean when it is written: a finding that appeared since the filter was read keeps the segment out.
            int[] counts = jdbc.batchUpdate(
                    "update translation set status = ?, version = version + 1, updated_by = ?,"
                            + " updated_at = ?, propagated_from = null where id = ? and version = ? and status = ?"
                            + " and not exists (select 1 from qa_finding f where f.translation_id = translation.id"
                            + " and f.waived = false)" + (proofreads ? " and proofread_hash is not null" : ""),
                    updates);
            for (int j = 0; j < chunk.size(); j++) {
                if (counts[j] > 0) {
                    Translation approved = chunk.get(j);
                    TranslationState before = approved.state();
                    history.add(new TranslationEvent(
                            approved.segmentId(),
                            target,
                            reviewer,
                            now,
                            before,
                            new TranslationState(before.target(), TranslationStatus.APPROVED, before.version() + 1),
                            "Approved with every clean segment of the filter."));
                    approvedSegments.add(approved.segmentId());
                }
            }
        }
        events.saveAll(history);
        if (!approvedSegments.isEmpty()) {
            publisher.publishEvent(new TranslationChanged(
                    documentId, target, approvedSegments.size() > NAMED_CHANGES ? Set.of() : approvedSegments));
            audit(
                    reviewer,
                    "approved_all",
                    documentId,
                    "document:" + documentId,
                    target + ": " + approvedSegments.size() + " segment(s)");
        }
        return approvedSegments.size();
    }

    private void audit(String reviewer, String action, long documentId, String what, String detail) {
        publisher.publishEvent(new AuditEvent(
                reviewer,
                action,
                what,
                detail,
                translationService.document(documentId).project().slug()));
    }

    /**
     * Only segments whose language checks have run on their text count as clean where the project's targets are
     * proofread.
     *
     * @param target the canonical locale, already checked against the document's project
     */
    private List<Long> cleanTranslationIds(long documentId, String target, SegmentFilter filter) {
        List<Long> clean = cleanByFindings(documentId, target, filter);
        if (clean.isEmpty()
                || !quality.proofreads(translationService.document(documentId).project(), target)) {
            return clean;
        }
        Set<Long> proofread = quality.proofread(clean);
        return clean.stream().filter(proofread::contains).toList();
    }

    private List<Long> cleanByFindings(long documentId, String target, SegmentFilter filter) {
        return filter.cleanTranslated()
                .map(clean -> translations.filteredTranslationIds(
                        documentId,
                        target,
                        clean.statuses(),
                        false,
                        clean.likePattern(),
                        clean.translator(),
                        false,
                        true,
                        clean.qaSeverities()))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<Comment> comments(long documentId, long segmentId, String locale) {
        String target = locale(documentId, segmentId, locale);
        return comments.findBySegmentIdAndLocaleOrderByCreatedAtAscIdAsc(segmentId, target).stream()
                .map(TranslationComment::view)
                .toList();
    }

    @Transactional
    public Comment addComment(long documentId, long segmentId, String locale, String text) {
        String author = currentUser.require(Role.TRANSLATOR);
        String body = CommentText.check(text);
        String target = locale(documentId, segmentId, locale);
        Comment comment = comments.save(new TranslationComment(segmentId, target, author, clock.instant(), body))
                .view();
        publisher.publishEvent(new CommentAdded(documentId, target, segmentId));
        return comment;
    }

    /** The reviewer, when their role in the document's project lets them review the locale; 403 otherwise. */
    private String reviewerIn(long documentId, String locale) {
        return access.requireWrite(translationService.document(documentId).project(), locale, Role.REVIEWER);
    }

    private String locale(long documentId, long segmentId, String locale) {
        return translationService.segmentLocale(documentId, segmentId, locale);
    }
}
