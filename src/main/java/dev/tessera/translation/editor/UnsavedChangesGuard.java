package dev.tessera.translation.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.util.function.BooleanSupplier;

/**
 * Keeps unsaved text from being lost: the browser asks before the tab closes or reloads while the active segment
 * holds unsaved text, and leaving the editor inside Tessera asks to save a draft, discard or stay.
 */
final class UnsavedChangesGuard {

    private final Component view;
    private final EditorSession session;
    private boolean flagged;

    UnsavedChangesGuard(Component view, EditorSession session) {
        this.view = view;
        this.session = session;
    }

    /** Makes the browser ask before the page unloads while there is unsaved text. */
    void start() {
        view.getElement().executeJs("""
                if (!window.__tesseraUnload) {
                  window.__tesseraUnload = e => { if (window.__tesseraUnsaved) { e.preventDefault(); e.returnValue = ''; } };
                  window.addEventListener('beforeunload', window.__tesseraUnload);
                }""");
    }

    /** The editor is gone: nothing unsaved remains to ask about. */
    static void stop(Page page) {
        page.executeJs("window.__tesseraUnsaved = false;");
    }

    /** Tells the browser whether there is unsaved text, when that changed. */
    void update() {
        boolean dirty = session.isDirty();
        if (dirty != flagged) {
            flagged = dirty;
            view.getElement().executeJs("window.__tesseraUnsaved = $0", dirty);
        }
    }

    /**
     * Holds back a navigation away from unsaved text and asks what to do with it. {@code saveDraft} answers whether
     * the draft was saved; {@code stay} puts the editor back as it was.
     */
    void beforeLeave(BeforeLeaveEvent event, BooleanSupplier saveDraft, Runnable stay) {
        if (!session.isDirty() || session.active() == null) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("unsaved-dialog");
        dialog.setHeader(I18NProvider.translate("segment.unsaved-dialog.title"));
        dialog.setText(I18NProvider.translate(
                "segment.unsaved-dialog.text", session.active().position()));
        dialog.setCancelable(true);
        dialog.setCancelText(I18NProvider.translate("segment.unsaved-dialog.stay"));
        dialog.addCancelListener(e -> stay.run());
        dialog.setRejectable(true);
        dialog.setRejectText(I18NProvider.translate("segment.unsaved-dialog.discard"));
        dialog.addRejectListener(e -> {
            session.discard();
            update();
            action.proceed();
        });
        dialog.setConfirmText(I18NProvider.translate("segment.unsaved-dialog.save-draft"));
        dialog.addConfirmListener(e -> {
            if (saveDraft.getAsBoolean()) {
                action.proceed();
            } else {
                stay.run();
            }
        });
        dialog.open();
    }
}
