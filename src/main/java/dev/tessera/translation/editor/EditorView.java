package dev.tessera.translation.editor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
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
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationStatus;
import jakarta.annotation.security.PermitAll;
import java.util.List;
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
class EditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

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
    private LanguageFindings language;
    private DocumentActions whole;
    private SegmentShape shape;

    EditorView(EditorServices services) {
        this.services = services;
        this.translations = services.translations();
        addClassName("editor-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        Shortcuts.addShortcutListener(this, this::showShortcuts, Key.F1);
        Shortcuts.addShortcutListener(
                this,
                () -> {
                    if (panel != null) {
                        panel.focusSearch();
                    }
                },
                Key.KEY_K,
                KeyModifier.CONTROL);
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
            event.rerouteToError(NotFoundException.class, getTranslation("editor.view.not-found"));
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
        dir = EditorContext.direction(locale);
        build();
        if (isAttached()) {
            start();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                "page.title",
                document == null
                        ? getTranslation("editor.view.title")
                        : getTranslation("editor.view.document-title", document.name(), locale));
    }

    private void build() {
        removeAll();
        if (live != null) {
            live.stop();
        }
        EditorContext context = new EditorContext(services, document, locale);
        session = new EditorSession(translations.standing(document.id(), locale));
        editor = new TargetEditor(context, session, editorKeys());
        language = new LanguageFindings(context, session, editor);
        editor.languageActions(language.actions());
        DocumentScreen screen = DocumentScreen.later(() -> whole);
        live = new LiveSync(context, session, editor, screen);
        guard = new UnsavedChangesGuard(this, session);
        filters = new SegmentFilters(() -> whole.applyFilter());
        filters.setTranslators(translations.editors(document.id(), locale));
        header = new EditorHeader(
                document,
                locale,
                filters,
                session.standing().reviews(),
                session.standing().signsOff(),
                services.segmentEdits().mayReshape(document.project()),
                headerActions());
        panel = new SegmentPanel(
                context,
                session.standing().reviews(),
                (check, reason) -> actions.waive(check, reason),
                editor::insertAtCursor,
                this::replaceTarget);
        pane = new ReadingPane();
        pane.configure(context.sourceLang(), "rtl".equals(context.sourceDir()), locale, "rtl".equals(dir));
        pane.addSentenceClickedListener(e -> active.activate(context.segment(e.segmentId()), true));
        grid = new SegmentGrid(
                context,
                new SegmentGrid.Sources(
                        () -> whole.filter(), row -> active.targetCell(row), live::othersOn, session::isActive));
        grid.addItemClickListener(e -> {
            if (!session.isActive(e.getItem().id())) {
                active.activate(context.segment(e.getItem().id()), true);
            }
        });
        active = new ActiveSegment(
                context,
                new ActiveSegment.Parts(session, grid, editor, pane, panel, header, filters, live, guard, language),
                this,
                () -> whole.filter(),
                () -> actions.keepUnsaved());
        actions = new EditorActions(context, session, live, screen, active, panel);
        whole = new DocumentActions(
                context,
                new DocumentActions.Parts(session, grid, editor, pane, panel, header, filters, active, actions));
        shape = new SegmentShape(context, session, whole, actions);
        SplitLayout work = new SplitLayout(grid, panel, SplitLayout.Orientation.VERTICAL);
        work.setSplitterPosition(72);
        work.setSizeFull();
        SplitLayout split = new SplitLayout(pane, work);
        split.setSplitterPosition(32);
        split.setSizeFull();
        split.addClassName("editor-split");
        add(header, split);
        setFlexGrow(1, split);
        whole.updateProgress();
    }

    private TargetEditor.Keys editorKeys() {
        return new TargetEditor.Keys(
                () -> actions.confirmWithKeyboard(),
                () -> actions.saveDraft(),
                step -> actions.move(step),
                () -> active.replaceText(session.active().source()),
                () -> active.replaceText(
                        Objects.requireNonNullElse(session.active().target(), "")),
                index -> panel.rendering(index).ifPresent(editor::insertAtCursor),
                index -> panel.insertSuggestion(index),
                () -> shape.join(),
                () -> shape.openSplit(),
                caret -> language.applyNear(caret));
    }

    /** A memory match replaces the target as an unsaved edit, where the person may write. */
    private boolean replaceTarget(String text) {
        SegmentRow row = session.active();
        if (row == null || session.isLocked(row)) {
            return false;
        }
        active.replaceText(text);
        return true;
    }

    private EditorHeader.Actions headerActions() {
        return new EditorHeader.Actions(
                () -> whole.openFindReplace(),
                () -> whole.togglePane(),
                () -> actions.approve(),
                this::openReject,
                () -> actions.signOff(),
                () -> whole.approveAllClean(),
                this::showShortcuts,
                () -> shape.join(),
                () -> shape.openSplit());
    }

    /** Opens the rejection dialog with the words selected in the target editor, if any, as the span. */
    private void openReject() {
        SegmentRow row = session.active();
        if (row == null) {
            return;
        }
        SelectedWords.read(
                this, selected -> new RejectDialog(row.position(), row.target(), selected, actions::reject).open());
    }

    @ClientCallable
    void loadPanel(String segmentId) {
        parseLong(segmentId).ifPresent(active::loadPanel);
    }

    /** Renders the reading pane: the source article, or the translated one. */
    @ClientCallable
    void loadArticle() {
        whole.loadArticle(pane.isTranslated());
    }

    @ClientCallable
    void showShortcuts() {
        new ShortcutsDialog(panel == null ? List.of() : panel.extensionShortcuts()).open();
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
        live.start(UI.getCurrent(), active);
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

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
