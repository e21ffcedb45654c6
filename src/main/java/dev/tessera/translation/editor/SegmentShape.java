package dev.tessera.translation.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.project.JoinedSegment;
import dev.tessera.project.SegmentEdits;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import dev.tessera.translation.SegmentRow;

/**
 * Joining the active segment with the next one (Alt+J) and splitting it where the person puts the cursor in its
 * source (Alt+S), for those who may: every locale changes, and the whole document is drawn again.
 */
final class SegmentShape {

    private final EditorContext context;
    private final EditorSession session;
    private final DocumentScreen screen;
    private final EditorActions actions;
    private final SegmentEdits edits;

    SegmentShape(EditorContext context, EditorSession session, DocumentScreen screen, EditorActions actions) {
        this.context = context;
        this.session = session;
        this.screen = screen;
        this.actions = actions;
        this.edits = context.services().segmentEdits();
    }

    void join() {
        SegmentRow row = session.active();
        if (row == null || !actions.keepUnsaved()) {
            return;
        }
        try {
            JoinedSegment joined = edits.join(context.documentId(), row.id());
            screen.redrawEverything();
            if (joined.abbreviation() != null
                    && edits.mayRemember(context.document().project())) {
                offerToRemember(joined.abbreviation());
            }
        } catch (ApiException e) {
            refused(e);
        }
    }

    /** The segmenter broke after an abbreviation it did not know: the project may remember it for the next imports. */
    private void offerToRemember(String abbreviation) {
        Notification offer = new Notification();
        offer.setId("remember-abbreviation");
        offer.setDuration(10_000);
        offer.setPosition(Notification.Position.BOTTOM_END);
        Button remember = new Button(I18NProvider.translate("segment.shape.remember", abbreviation), e -> {
            offer.close();
            try {
                edits.rememberAbbreviation(context.document().project().slug(), abbreviation);
                Notification.show(
                        I18NProvider.translate("segment.shape.remembered", abbreviation),
                        4000,
                        Notification.Position.BOTTOM_END);
            } catch (ApiException ex) {
                refused(ex);
            }
        });
        remember.setId("remember-abbreviation-button");
        remember.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        offer.add(new Span(I18NProvider.translate("segment.shape.remember-question", abbreviation)), remember);
        offer.open();
    }

    void openSplit() {
        SegmentRow row = session.active();
        if (row == null || !actions.keepUnsaved()) {
            return;
        }
        new SplitDialog(row.position(), row.source(), offset -> {
                    try {
                        edits.split(context.documentId(), row.id(), offset);
                        screen.redrawEverything();
                        return true;
                    } catch (ApiException e) {
                        refused(e);
                        return false;
                    }
                })
                .open();
    }

    private static void refused(ApiException e) {
        Notification.show(Problems.text(e), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
