package dev.tessera.translation;

import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review and discussion of a segment's translation: a reviewer approves or rejects a TRANSLATED segment (a
 * rejection carries a comment the translator sees), and anyone on the project writes in the segment's thread.
 */
@Service
public class ReviewService {

    private final TranslationService translationService;
    private final TranslationRepository translations;
    private final TranslationEventRepository events;
    private final TranslationCommentRepository comments;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewService(TranslationService translationService, TranslationRepository translations, TranslationEventRepository events,
            TranslationCommentRepository comments, CurrentUser currentUser, Clock clock) {
        this.translationService = translationService;
        this.translations = translations;
        this.events = events;
        this.comments = comments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Approves or rejects the segment's translation, if it is TRANSLATED and still at the reviewed version.
     *
     * @throws StaleVersionException when it changed since it was reviewed
     */
    @Transactional
    public TranslationState review(long documentId, long segmentId, String locale, ReviewRequest request) {
        String reviewer = currentUser.require(Role.REVIEWER);
        request.validate();
        String target = locale(documentId, segmentId, locale);
        Translation translation = translations.findBySegmentIdAndLocale(segmentId, target).orElse(null);
        TranslationState before = translation == null ? TranslationState.UNTRANSLATED : translation.state();
        if (before.version() != request.version()) {
            throw new StaleVersionException(before);
        }
        if (before.status() != TranslationStatus.TRANSLATED) {
            throw ApiException.invalidState("Only a TRANSLATED segment can be reviewed; this one is " + before.status()
                    + ".");
        }
        TranslationStatus status = request.action() == ReviewRequest.Action.APPROVE
                ? TranslationStatus.APPROVED : TranslationStatus.REJECTED;
        Instant now = clock.instant();
        if (translations.updateIfVersion(translation.id(), before.version(), before.target(), status, reviewer, now) == 0) {
            throw new StaleVersionException(translations.findBySegmentIdAndLocale(segmentId, target)
                    .map(Translation::state).orElse(TranslationState.UNTRANSLATED));
        }
        TranslationState after = new TranslationState(before.target(), status, before.version() + 1);
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        events.save(new TranslationEvent(segmentId, target, reviewer, now, before, after, comment));
        if (comment != null) {
            comments.save(new TranslationComment(segmentId, target, reviewer, now, comment));
        }
        return after;
    }

    @Transactional(readOnly = true)
    public List<Comment> comments(long documentId, long segmentId, String locale) {
        String target = locale(documentId, segmentId, locale);
        return comments.findBySegmentIdAndLocaleOrderByCreatedAtAscIdAsc(segmentId, target).stream()
                .map(TranslationComment::view).toList();
    }

    @Transactional
    public Comment addComment(long documentId, long segmentId, String locale, String text) {
        String author = currentUser.require(Role.TRANSLATOR);
        String body = CommentText.check(text);
        String target = locale(documentId, segmentId, locale);
        return comments.save(new TranslationComment(segmentId, target, author, clock.instant(), body)).view();
    }

    private String locale(long documentId, long segmentId, String locale) {
        return translationService.segmentLocale(documentId, segmentId, locale);
    }
}
