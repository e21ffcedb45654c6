package dev.tessera.translation.editor;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.translation.SegmentFilter;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.review.ReviewService;

/**
 * The editor's work on the whole document: the filter, the article in the reading pane, the progress, approving
 * every clean segment, find and replace, and drawing everything again after such changes (or someone else's).
 */
final class DocumentActions implements DocumentScreen {

    /** The parts the whole document is drawn in. */
    record Parts(
            EditorSession session,
            SegmentGrid grid,
            TargetEditor editor,
            ReadingPane pane,
            SegmentPanel panel,
            EditorHeader header,
            SegmentFilters filters,
            ActiveSegment active,
            EditorActions actions) {}

    private final EditorContext context;
    private final TranslationService translations;
    private final ReviewService reviews;
    private final EditorSession session;
    private final SegmentGrid grid;
    private final TargetEditor editor;
    private final ReadingPane pane;
    private final SegmentPanel panel;
    private final EditorHeader header;
    private final SegmentFilters filters;
    private final ActiveSegment active;
    private final EditorActions actions;
    private SegmentFilter filter = SegmentFilter.ALL;
    private boolean outlined;

    DocumentActions(EditorContext context, Parts parts) {
        this.context = context;
        this.translations = context.translations();
        this.reviews = context.services().reviews();
        this.session = parts.session();
        this.grid = parts.grid();
        this.editor = parts.editor();
        this.pane = parts.pane();
        this.panel = parts.panel();
        this.header = parts.header();
        this.filters = parts.filters();
        this.active = parts.active();
        this.actions = parts.actions();
    }

    @Override
    public SegmentFilter filter() {
        return filter;
    }

    /** The person changed the filters: the list follows, kept on the active segment. */
    void applyFilter() {
        filter = filters.value();
        grid.redrawAll();
        SegmentRow row = session.active();
        if (row != null) {
            grid.scrollToIndex(
                    (int) translations.indexOf(context.documentId(), context.locale(), filter, row.position()));
        }
    }

    @Override
    public void redrawEverything() {
        editor.withFocus(focused -> {
            active.reloadQa();
            if (!session.isDirty()) {
                editor.focusNext(focused);
            }
            if (!active.reload(false, context::segment)) {
                return;
            }
            redrawRows(false);
            active.updateReviewActions();
            panel.refresh();
        });
    }

    @Override
    public void redrawRows(boolean activeToo) {
        if (activeToo && !active.reload(true, context::segment)) {
            return;
        }
        grid.redrawAll();
        loadArticle(pane.isTranslated());
        updateProgress();
    }

    @Override
    public void updateProgress() {
        header.showProgress(translations.progress(context.documentId(), context.locale()));
    }

    /** Renders the reading pane: the source article, or the translated one. */
    void loadArticle(boolean translated) {
        if (!outlined) {
            // The structure never changes (a join or a split stays within a paragraph): read once, on first need.
            pane.setOutline(context.services().documents().outline(context.documentId()));
            outlined = true;
        }
        SegmentRow row = session.active();
        pane.render(
                translations.segments(context.documentId(), context.locale()),
                translated,
                row == null ? null : row.id());
        header.showPaneState(translated);
    }

    void togglePane() {
        loadArticle(!pane.isTranslated());
    }

    /** Approves every clean TRANSLATED segment of the current filter, after a confirmation that says how many. */
    void approveAllClean() {
        if (!actions.keepUnsaved()) {
            return;
        }
        int count = reviews.cleanCount(context.documentId(), context.locale(), filter);
        if (count == 0) {
            Notification.show(I18NProvider.translate("editor.approve-all.none"), 3000, Notification.Position.MIDDLE);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(
                I18NProvider.translate("editor.approve-all.title", count),
                I18NProvider.translate("editor.approve-all.text", count),
                I18NProvider.translate("editor.approve-all.confirm", count),
                e -> {
                    int approved = reviews.approveAllClean(context.documentId(), context.locale(), filter);
                    Notification.show(
                                    I18NProvider.translate("editor.approve-all.done", approved),
                                    3000,
                                    Notification.Position.BOTTOM_END)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    redrawEverything();
                });
        dialog.setId("approve-all-dialog");
        dialog.setCancelable(true);
        dialog.setCancelText(I18NProvider.translate("common.cancel"));
        dialog.open();
    }

    void openFindReplace() {
        if (!actions.keepUnsaved()) {
            return;
        }
        new FindReplaceDialog(
                        context.services().findReplace(),
                        context.documentId(),
                        context.locale(),
                        context.locale(),
                        context.dir(),
                        outcome -> {
                            Notification.show(
                                    I18NProvider.translate(
                                            "editor.find-replace.done",
                                            outcome.replaced(),
                                            outcome.skippedApproved(),
                                            outcome.skippedStale()),
                                    4000,
                                    Notification.Position.BOTTOM_END);
                            redrawRows(true);
                        })
                .open();
    }
}
