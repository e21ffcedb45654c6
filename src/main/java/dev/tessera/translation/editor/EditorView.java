package dev.tessera.translation.editor;

import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.tessera.project.DocumentInfo;
import dev.tessera.shared.ApiException;
import dev.tessera.translation.SegmentFilter;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationStatus;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import java.util.Optional;

/**
 * The editor: the article's segments beside their targets in one locale, one active segment whose target is
 * edited in its row, the article as a reading pane, filters, find and replace, and keyboard shortcuts. The route
 * assembles the parts ({@link SegmentGrid}, {@link TargetEditor}, {@link ReadingPane}, {@link SegmentPanel},
 * {@link LiveSync}, {@link UnsavedChangesGuard}) around one {@link EditorSession} and draws what
 * {@link EditorActions} do. URL: {@code /documents/{id}/{locale}?segment={segmentId}}.
 */
@Route("documents/:documentId/:locale")
@PermitAll
class EditorView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle, EditorActions.Screen, LiveSync.Screen {

    private final EditorServices services;
    private final TranslationService translations;

    private DocumentInfo document;
    private String locale;
    private String dir;
    private Long requestedSegment;

    // Made anew for each document and locale: Vaadin reuses the view when only the route parameters change.
    private EditorSession session;
    private SegmentGrid grid;
    private TargetEditor editor;
    private ReadingPane pane;
    private EditorHeader header;
    private SegmentFilters filters;
    private SegmentPanel panel;
    private LiveSync live;
    private EditorActions actions;
    private UnsavedChangesGuard guard;
    private ActiveSegment active;
    private SegmentFilter filter = SegmentFilter.ALL;

    EditorView(EditorServices services) {
        this.services = services;
        this.translations = services.translations();
        addClassName("editor-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        Shortcuts.addShortcutListener(this, this::showShortcuts, Key.F1);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requestedLocale = event.getRouteParameters().get("locale").orElse("");
        try {
            document = services.documents()
                    .document(Long.parseLong(
                            event.getRouteParameters().get("documentId").orElse("")));
            locale = TranslationService.targetLocale(document, requestedLocale);
        } catch (NumberFormatException | ApiException e) {
            event.rerouteToError(NotFoundException.class, "There is no such document or locale.");
            return;
        }
        if (!requestedLocale.equals(locale)) {
            event.forwardTo(
                    "documents/" + document.id() + "/" + locale,
                    event.getLocation().getQueryParameters());
            return;
        }
        requestedSegment = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("segment")
                .flatMap(EditorView::parseLong)
                .orElse(null);
        dir = direction(locale);
        build();
        if (isAttached()) {
            start();
        }
    }

    @Override
    public String getPageTitle() {
        return document == null ? "Editor · Tessera" : document.name() + " · " + locale + " · Tessera";
    }

    private void build() {
        removeAll();
        if (live != null) {
            live.stop();
        }
        filter = SegmentFilter.ALL;
        session = new EditorSession(translations.standing(document.id(), locale));
        editor = new TargetEditor(
                locale,
                dir,
                session,
                new TargetEditor.Keys(
                        () -> actions.confirmWithKeyboard(),
                        () -> actions.saveDraft(),
                        step -> actions.move(step),
                        () -> active.replaceText(session.active().source()),
                        () -> active.replaceText(
                                Objects.requireNonNullElse(session.active().target(), "")),
                        index -> panel.rendering(index).ifPresent(editor::insertAtCursor)));
        live = new LiveSync(
                services.liveEditors(),
                translations,
                document.id(),
                locale,
                services.currentUser().username().orElse("?"),
                session,
                editor,
                this);
        guard = new UnsavedChangesGuard(this, session);
        filters = new SegmentFilters(this::applyFilter);
        filters.setTranslators(translations.editors(document.id(), locale));
        header = new EditorHeader(document, locale, filters, session.standing().reviews(), headerActions());
        panel = new SegmentPanel(
                services.reviews(),
                translations,
                services.quality(),
                (check, reason) -> actions.waive(check, reason),
                editor::insertAtCursor);
        pane = new ReadingPane();
        String sourceLang = document.project().sourceLocale();
        pane.configure(sourceLang, "rtl".equals(direction(sourceLang)), locale, "rtl".equals(dir));
        pane.addSentenceClickedListener(
                e -> active.activate(translations.segment(document.id(), e.segmentId(), locale), true));
        grid = new SegmentGrid(
                translations,
                new SegmentGrid.Sources(
                        document.id(),
                        sourceLang,
                        direction(sourceLang),
                        locale,
                        () -> filter,
                        row -> active.targetCell(row),
                        live::othersOn,
                        session::isActive));
        grid.addItemClickListener(e -> {
            if (!session.isActive(e.getItem().id())) {
                active.activate(translations.segment(document.id(), e.getItem().id(), locale), true);
            }
        });
        active = new ActiveSegment(
                new ActiveSegment.Parts(session, grid, editor, pane, panel, header, filters, live, guard),
                services,
                document,
                locale,
                dir,
                this,
                () -> filter,
                () -> actions.keepUnsaved());
        actions = new EditorActions(services, session, live, this, active, panel, document.id(), locale, dir);
        SplitLayout work = new SplitLayout(grid, panel, SplitLayout.Orientation.VERTICAL);
        work.setSplitterPosition(72);
        work.setSizeFull();
        SplitLayout split = new SplitLayout(pane, work);
        split.setSplitterPosition(32);
        split.setSizeFull();
        split.addClassName("editor-split");
        add(header, split);
        setFlexGrow(1, split);
        updateProgress();
    }

    private EditorHeader.Actions headerActions() {
        return new EditorHeader.Actions(
                () -> actions.openFindReplace(),
                () -> loadArticle(!pane.isTranslated()),
                () -> actions.approve(),
                () -> new RejectDialog(session.active().position(), actions::reject).open(),
                () -> actions.approveAllClean(),
                this::showShortcuts);
    }

    @ClientCallable
    void loadPanel(String segmentId) {
        parseLong(segmentId).ifPresent(active::loadPanel);
    }

    @Override
    public void takeActive(SegmentRow row, boolean focused, boolean rejectedNow) {
        active.takeIn(row, focused, rejectedNow);
    }

    @Override
    public void redrawRow(SegmentRow row) {
        active.redrawRow(row);
    }

    /** Reloads the grid, the active segment (unless it holds unsaved text), the article and the progress. */
    @Override
    public void redrawEverything() {
        editor.withFocus(focused -> {
            active.reloadQa();
            if (!session.isDirty()) {
                editor.focusNext(focused);
            }
            active.reload(false, id -> translations.segment(document.id(), id, locale));
            redrawRows(false);
            active.updateReviewActions();
            panel.refresh();
        });
    }

    @Override
    public void redrawRows(boolean activeToo) {
        if (activeToo) {
            active.reload(true, id -> translations.segment(document.id(), id, locale));
        }
        grid.redrawAll();
        loadArticle(pane.isTranslated());
        updateProgress();
    }

    @Override
    public void refreshPanel() {
        panel.refresh();
    }

    @Override
    public SegmentFilter filter() {
        return filter;
    }

    private void applyFilter() {
        filter = filters.value();
        grid.redrawAll();
        SegmentRow row = session.active();
        if (row != null) {
            grid.scrollToIndex((int) translations.indexOf(document.id(), locale, filter, row.position()));
        }
    }

    @Override
    public void updateProgress() {
        header.showProgress(translations.progress(document.id(), locale));
    }

    /** Renders the reading pane: the source article, or the translated one. */
    @ClientCallable
    void loadArticle() {
        loadArticle(pane.isTranslated());
    }

    private void loadArticle(boolean translated) {
        SegmentRow row = session.active();
        pane.render(translations.segments(document.id(), locale), translated, row == null ? null : row.id());
        header.showPaneState(translated);
    }

    @ClientCallable
    void showShortcuts() {
        new ShortcutsDialog().open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // The editor wants the width: the navigation drawer folds away (its toggle brings it back).
        AppLayout layout = findAncestor(AppLayout.class);
        if (layout != null) {
            layout.setDrawerOpened(false);
        }
        if (document != null) {
            start();
        }
    }

    /** Loads the article after the first rows are shown, and activates the linked or first unfinished segment. */
    private void start() {
        live.start(UI.getCurrent());
        guard.start();
        ShortcutsDialog.listenForQuestionMark(this);
        // The article (one large message for a long document) is asked for once the first rows had time to arrive.
        getElement().executeJs("const view = this; setTimeout(() => view.$server.loadArticle(), 400);");
        active.openFirst(requestedSegment);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.stop();
        }
        UnsavedChangesGuard.stop(event.getUI().getPage());
        ShortcutsDialog.stopListening(event.getUI().getPage());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (guard != null) {
            guard.beforeLeave(event, () -> actions.save(TranslationStatus.DRAFT), this::stay);
        }
    }

    /** The person stays in the editor after a navigation was held back. */
    private void stay() {
        // Vaadin ignores a second navigation to the location it last handled; staying must not swallow the next.
        UI.getCurrent().getInternals().clearLastHandledNavigation();
        header.resetLocale();
        active.showUrl();
    }

    private static String direction(String languageTag) {
        return ULocale.forLanguageTag(languageTag).isRightToLeft() ? "rtl" : "ltr";
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
