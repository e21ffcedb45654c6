package dev.tessera.translation.editor;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import dev.tessera.translation.SaveResult;
import dev.tessera.translation.SegmentFilter;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.StaleVersionException;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationState;
import dev.tessera.translation.TranslationStatus;
import dev.tessera.translation.TranslationUpdate;
import dev.tessera.translation.review.IssueRequest;
import dev.tessera.translation.review.ReviewRequest;
import dev.tessera.translation.review.ReviewService;
import dev.tessera.translation.review.WaiverRequest;
import dev.tessera.translation.review.WaiverResult;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * What a person does to the active segment: save a draft, confirm and go on, move, approve, reject, waive. Each calls a service, handles its refusal (a conflict opens the conflict
 * dialog, anything else is a notification) and has {@link ActiveSegment} (or the {@link DocumentScreen}) draw the outcome.
 */
final class EditorActions {

    private final TranslationService translations;
    private final ReviewService reviews;
    private final EditorSession session;
    private final LiveSync live;
    private final DocumentScreen screen;
    private final ActiveSegment active;
    private final SegmentPanel panel;
    private final long documentId;
    private final String locale;
    private final String dir;
    private final @Nullable String username;

    EditorActions(
            EditorContext context,
            EditorSession session,
            LiveSync live,
            DocumentScreen screen,
            ActiveSegment active,
            SegmentPanel panel) {
        this.translations = context.translations();
        this.reviews = context.services().reviews();
        this.session = session;
        this.live = live;
        this.screen = screen;
        this.active = active;
        this.panel = panel;
        this.documentId = context.documentId();
        this.locale = context.locale();
        this.dir = context.dir();
        this.username = context.username();
    }

    /** Ctrl+Enter: confirm, or (a reviewer on a segment left as it was) approve or just move on. */
    void confirmWithKeyboard() {
        switch (session.confirmStep()) {
            case CONFIRM -> confirm();
            case APPROVE -> approve();
            case NEXT -> move(1);
        }
    }

    void confirm() {
        if (!session.hasActive()) {
            return;
        }
        if (session.pending().isBlank()) {
            warn(I18NProvider.translate("editor.actions.empty-target"), 3000, Notification.Position.BOTTOM_END);
            return;
        }
        if (save(TranslationStatus.TRANSLATED)) {
            goToNextUnfinished();
        }
    }

    void saveDraft() {
        if (!session.hasActive()) {
            return;
        }
        if (!session.isDirty()) {
            Notification.show(
                    I18NProvider.translate("editor.actions.nothing-to-save"), 1500, Notification.Position.BOTTOM_END);
            return;
        }
        if (save(TranslationStatus.DRAFT)) {
            panel.refresh();
            Notification.show(
                    I18NProvider.translate("editor.actions.draft-saved"), 1500, Notification.Position.BOTTOM_END);
        }
    }

    /** Keeps unsaved text as a draft before the person goes elsewhere; answers whether they may go. */
    boolean keepUnsaved() {
        return !session.isDirty() || save(TranslationStatus.DRAFT);
    }

    void move(int step) {
        SegmentRow current = session.active();
        if (current == null) {
            return;
        }
        SegmentFilter filter = screen.filter();
        long index = EditorSession.neighbour(
                translations.indexOf(documentId, locale, filter, current.position()), filter.accepts(current), step);
        if (index >= 0) {
            translations.segments(documentId, locale, filter, PageRequest.of((int) index, 1)).stream()
                    .findFirst()
                    .ifPresent(next -> active.activate(next, true));
        }
    }

    void approve() {
        if (review(new ReviewRequest(
                ReviewRequest.Action.APPROVE, null, session.active().version()))) {
            move(1);
        }
    }

    void reject(String comment, List<IssueRequest> issues) {
        if (review(new ReviewRequest(
                ReviewRequest.Action.REJECT, comment, session.active().version(), issues))) {
            panel.showComments();
        }
    }

    /** A second reviewer signs off the active APPROVED segment, and goes on to the next one. */
    void signOff() {
        if (review(new ReviewRequest(
                ReviewRequest.Action.SIGN_OFF, null, session.active().version()))) {
            move(1);
        }
    }

    /** A reviewer waives a check on the active segment; answers whether it worked. */
    boolean waive(String check, String reason) {
        SegmentRow row = session.active();
        try {
            WaiverResult result =
                    reviews.waive(documentId, row.id(), locale, new WaiverRequest(check, reason, row.version()));
            active.showWaived(row.withFindings(result.issues()));
            return true;
        } catch (ApiException e) {
            error(Problems.text(e), 4000);
            return false;
        }
    }

    /** Saves the text being typed with the status; on a conflict opens the conflict dialog and answers false. */
    boolean save(TranslationStatus status) {
        SegmentRow row = session.active();
        String text = session.pending();
        try {
            SaveResult result = live.writing(
                    row.id(),
                    () -> translations.save(
                            documentId, row.id(), locale, new TranslationUpdate(text, status, row.version())));
            active.applySaved(withState(row, result.state()).withFindings(result.issues()));
            if (result.propagated() > 0) {
                Notification.show(
                                I18NProvider.translate("editor.actions.propagated", result.propagated()),
                                4000,
                                Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                screen.redrawRows(false);
            }
            return true;
        } catch (StaleVersionException e) {
            new ConflictDialog(text, e.current(), locale, dir, resolution -> resolve(row, status, resolution)).open();
            return false;
        } catch (ApiException e) {
            error(Problems.text(e), 5000);
            return false;
        }
    }

    private void resolve(SegmentRow row, TranslationStatus status, ConflictDialog.Resolution resolution) {
        SegmentRow current = translations.segment(documentId, row.id(), locale);
        session.refresh(current);
        if (resolution.text() == null) {
            session.discard();
            active.applySaved(current);
            panel.refresh();
            return;
        }
        session.type(resolution.text());
        if (save(status) && status == TranslationStatus.TRANSLATED) {
            goToNextUnfinished();
        }
    }

    private void goToNextUnfinished() {
        translations
                .nextUnfinished(documentId, locale, session.active().position())
                .ifPresentOrElse(
                        next -> active.activate(next, true),
                        () -> Notification.show(
                                I18NProvider.translate("editor.actions.all-translated"),
                                3000,
                                Notification.Position.BOTTOM_END));
    }

    private boolean review(ReviewRequest request) {
        SegmentRow row = session.active();
        try {
            active.applySaved(withState(
                    row, live.writing(row.id(), () -> reviews.review(documentId, row.id(), locale, request))));
            panel.refresh();
            return true;
        } catch (StaleVersionException e) {
            active.applySaved(translations.segment(documentId, row.id(), locale));
            warn(I18NProvider.translate("editor.actions.review-stale"), 4000, Notification.Position.MIDDLE);
        } catch (ApiException e) {
            if (e.status().value() == 422) {
                panel.showQa();
            }
            error(Problems.text(e), 4000);
        }
        return false;
    }

    /** The row with a new state; its findings stay until the caller knows better. */
    private SegmentRow withState(SegmentRow row, TranslationState state) {
        return new SegmentRow(
                row.id(),
                row.position(),
                row.paragraph(),
                row.paragraphStart(),
                row.source(),
                state.target(),
                state.status(),
                state.version(),
                false,
                username,
                row.issues(),
                row.terms(),
                row.codes());
    }

    private static void warn(String message, int duration, Notification.Position position) {
        Notification.show(message, duration, position).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private static void error(String message, int duration) {
        Notification.show(message, duration, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
