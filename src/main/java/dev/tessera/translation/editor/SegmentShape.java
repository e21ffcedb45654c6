package dev.tessera.translation.editor;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
            edits.join(context.documentId(), row.id());
            screen.redrawEverything();
        } catch (ApiException e) {
            refused(e);
        }
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
