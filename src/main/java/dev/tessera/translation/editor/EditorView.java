package dev.tessera.translation.editor;

import dev.tessera.translation.FindReplaceService;
import dev.tessera.translation.LocaleProgress;
import dev.tessera.translation.SaveResult;
import dev.tessera.translation.SegmentFilter;
import dev.tessera.translation.SegmentFinding;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.StaleVersionException;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationState;
import dev.tessera.translation.TranslationStatus;
import dev.tessera.translation.TranslationUpdate;
import dev.tessera.translation.quality.ProjectQa;
import dev.tessera.translation.quality.QualityService;
import dev.tessera.translation.review.ReviewRequest;
import dev.tessera.translation.review.ReviewService;
import dev.tessera.translation.review.WaiverRequest;
import dev.tessera.translation.review.WaiverResult;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.qa.Finding;
import dev.tessera.qa.Severity;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.ApiException;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The editor: the article's segments beside their targets in one locale, one active segment whose target is
 * edited in its row, the article as a reading pane, filters, find and replace, and keyboard shortcuts.
 * URL: {@code /documents/{id}/{locale}?segment={segmentId}}.
 */
@Route("documents/:documentId/:locale")
@PermitAll
class EditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    /** The keys the target editor handles (Ctrl may be Cmd): confirm, draft, move, copy source, discard, Enter. */
    private static final String EDITOR_KEYS = "event.key === 'Enter'"
            + " || ((event.ctrlKey || event.metaKey) && ['s', 'S'].includes(event.key) && !event.shiftKey)"
            + " || ((event.ctrlKey || event.metaKey) && event.shiftKey && ['c', 'C'].includes(event.key))"
            + " || (event.altKey && ['ArrowDown', 'ArrowUp'].includes(event.key))"
            + " || (event.altKey && !event.ctrlKey && !event.metaKey && /^Digit[1-9]$/.test(event.code))"
            + " || event.key === 'Escape'";

    private final TranslationService translations;
    private final FindReplaceService findReplace;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final ReviewService reviews;
    private final QualityService quality;
    private final LiveEditors live;
    private final String viewerId = UUID.randomUUID().toString();

    private DocumentInfo document;
    private String locale;
    private String sourceLang;
    private String dir;
    private String sourceDir;
    private SegmentFilter filter = SegmentFilter.ALL;

    // Made anew for each document and locale: Vaadin reuses the view when only the route parameters change.
    private Grid<SegmentRow> grid;
    private CallbackDataProvider<SegmentRow, Void> rows;
    private ReadingPane pane;
    private EditorHeader header;
    private SegmentFilters filters;
    private SegmentPanel panel;
    private TextArea editorArea;
    private LocaleProgress progress;
    private ProjectQa projectQa;
    private List<String> otherTargets = List.of();
    private Runnable liveRegistration;

    private SegmentRow active;
    private String pending = "";
    /** What the user may do here: the project's membership can narrow their global role. */
    private TranslationService.Standing standing = new TranslationService.Standing(false, false);
    private boolean focusEditor;
    /** The version of the active segment someone else saved while this viewer typed, once told. */
    private int warnedVersion = -1;
    private boolean unsavedFlag;
    private Long requestedSegment;

    EditorView(TranslationService translations, FindReplaceService findReplace, DocumentService documents,
            CurrentUser currentUser, ReviewService reviews, QualityService quality, LiveEditors live) {
        this.reviews = reviews;
        this.quality = quality;
        this.live = live;
        this.translations = translations;
        this.findReplace = findReplace;
        this.documents = documents;
        this.currentUser = currentUser;
        addClassName("editor-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        Shortcuts.addShortcutListener(this, this::showShortcuts, Key.F1);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long documentId = Long.parseLong(event.getRouteParameters().get("documentId").orElse(""));
            document = documents.document(documentId);
            locale = TranslationService.targetLocale(document, event.getRouteParameters().get("locale").orElse(""));
        } catch (NumberFormatException | ApiException e) {
            event.rerouteToError(NotFoundException.class, "There is no such document or locale.");
            return;
        }
        if (!event.getRouteParameters().get("locale").orElse("").equals(locale)) {
            event.forwardTo("documents/" + document.id() + "/" + locale, event.getLocation().getQueryParameters());
            return;
        }
        requestedSegment = event.getLocation().getQueryParameters().getSingleParameter("segment")
                .flatMap(EditorView::parseLong).orElse(null);
        sourceLang = document.project().sourceLocale();
        dir = ULocale.forLanguageTag(locale).isRightToLeft() ? "rtl" : "ltr";
        sourceDir = ULocale.forLanguageTag(sourceLang).isRightToLeft() ? "rtl" : "ltr";
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
        active = null;
        pending = "";
        filter = SegmentFilter.ALL;
        grid = new Grid<>();
        pane = new ReadingPane();
        filters = new SegmentFilters(this::applyFilter);
        filters.setTranslators(translations.editors(document.id(), locale));
        projectQa = quality.projectQa(document.project());
        standing = translations.standing(document.id(), locale);
        header = new EditorHeader(document, locale, filters, standing.reviews(), headerActions());
        panel = new SegmentPanel(reviews, translations, quality, this::waive, this::insertAtCursor);
        pane.configure(sourceLang, "rtl".equals(sourceDir), locale, "rtl".equals(dir));
        pane.addSentenceClickedListener(e -> activate(translations.segment(document.id(), e.segmentId(), locale), true));
        configureGrid();
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

    private void configureGrid() {
        grid.setId("segment-grid");
        grid.addClassName("segment-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(LitRenderer.<SegmentRow>of(
                        "<span class=\"position\" data-position=\"${item.position}\">${item.position}</span>")
                .withProperty("position", SegmentRow::position))
                .setHeader("#").setWidth("4.5em").setFlexGrow(0);
        grid.addColumn(LitRenderer.<SegmentRow>of(
                        "<div class=\"source-text\" lang=\"${item.lang}\" dir=\"${item.dir}\" data-position=\"${item.position}\""
                                + " .innerHTML=\"${item.source}\"></div>")
                .withProperty("lang", row -> sourceLang)
                .withProperty("dir", row -> sourceDir)
                .withProperty("position", SegmentRow::position)
                .withProperty("source", row -> TermMarkup.html(row.source(), row.terms())))
                .setHeader("Source").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::targetCell)).setHeader("Target (" + locale + ")").setFlexGrow(1);
        grid.addColumn(LitRenderer.<SegmentRow>of("<span class=\"status-badge st-${item.css}\" data-status=\"${item.status}\""
                                + " data-position=\"${item.position}\" title=\"${item.title}\">${item.label}</span>")
                        .withProperty("css", row -> row.status().name().toLowerCase(Locale.ROOT))
                        .withProperty("status", row -> row.status().name())
                        .withProperty("position", SegmentRow::position)
                        .withProperty("label", row -> label(row.status()) + (row.propagated() ? " ⇣" : ""))
                        .withProperty("title", row -> label(row.status())
                                + (row.propagated() ? ", propagated from a repetition" : "")))
                .setHeader("Status").setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(LitRenderer.<SegmentRow>of("<span class=\"qa-mark qa-${item.severity}\" data-qa=\"${item.severity}\""
                                + " data-position=\"${item.position}\" title=\"${item.title}\">${item.mark}</span>"
                                + "<span class=\"presence\" data-position=\"${item.position}\" data-editing=\"${item.editing}\""
                                + " title=\"${item.editing ? 'Open for editing by ' + item.editing : ''}\">${item.editing}</span>")
                        .withProperty("position", SegmentRow::position)
                        .withProperty("severity", row -> row.openSeverity() == null ? "none"
                                : row.openSeverity().name().toLowerCase(Locale.ROOT))
                        .withProperty("mark", EditorView::qaMark)
                        .withProperty("title", row -> row.issues().stream().filter(i -> !i.waived())
                                .map(SegmentFinding::message).collect(Collectors.joining("\n")))
                        .withProperty("editing", row -> String.join(", ",
                                live.othersOn(document.id(), locale, row.id(), viewerId))))
                .setHeader("QA").setWidth("6.5em").setFlexGrow(0);
        grid.setPartNameGenerator(row -> (row.paragraphStart() ? "paragraph-start " : "")
                + (active != null && active.id() == row.id() ? "active-row" : ""));
        rows = new CallbackDataProvider<>(
                query -> translations.segments(document.id(), locale, filter,
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) translations.count(document.id(), locale, filter),
                SegmentRow::id);
        grid.setItems(rows);
        grid.addItemClickListener(e -> {
            if (active == null || active.id() != e.getItem().id()) {
                activate(translations.segment(document.id(), e.getItem().id(), locale), true);
            }
        });
    }

    private Component targetCell(SegmentRow row) {
        if (active != null && active.id() == row.id()) {
            return editor(row);
        }
        Div text = new Div();
        text.getElement().setProperty("innerHTML", row.target() == null ? "" : TermMarkup.display(row.target()));
        text.addClassName("target-text");
        text.getElement().setAttribute("lang", locale);
        text.getElement().setAttribute("dir", dir);
        text.getElement().setAttribute("data-position", String.valueOf(row.position()));
        return text;
    }

    private TextArea editor(SegmentRow row) {
        TextArea area = new TextArea();
        area.setId("target-editor");
        area.addClassName("target-editor");
        area.setWidthFull();
        // Inline codes are typed and shown as their tags (<1>, </1>, <2/>); the text keeps them as markers.
        area.setValue(CodeMarkers.toTags(pending));
        area.setValueChangeMode(ValueChangeMode.EAGER);
        area.getElement().setAttribute("lang", locale);
        area.getElement().setAttribute("dir", dir);
        area.getElement().setAttribute("data-position", String.valueOf(row.position()));
        area.setAriaLabel("Target of segment " + row.position());
        boolean locked = !standing.writes() || row.status() == TranslationStatus.APPROVED && !standing.reviews();
        area.setReadOnly(locked);
        List<String> others = live.othersOn(document.id(), locale, row.id(), viewerId);
        area.getElement().setAttribute("data-editing", String.join(", ", others));
        if (locked) {
            area.setHelperText(standing.writes() ? "Approved: only a reviewer can change it."
                    : "Read only: your membership of this project does not include " + locale + ".");
        } else if (!others.isEmpty()) {
            area.setHelperText("Also open for editing by " + String.join(", ", others));
        }
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                pending = CodeMarkers.fromTags(e.getValue(), row.source());
                updateUnsavedFlag();
                checkQuality();
            }
        });
        // One keydown listener for all the editor's keys (cheaper to set up than a shortcut registration each, which
        // matters because the editor is built anew for every active segment). A plain Enter only loses its default:
        // a line break always ends a segment, so a target is one line.
        area.getElement().addEventListener("keydown", e -> onEditorKey(row,
                        e.getEventData().get("event.key").asString(), e.getEventData().get("event.code").asString(),
                        e.getEventData().get("event.ctrlKey").asBoolean()
                                || e.getEventData().get("event.metaKey").asBoolean(),
                        e.getEventData().get("event.altKey").asBoolean(), e.getEventData().get("event.shiftKey").asBoolean()))
                .setFilter(EDITOR_KEYS)
                .addEventData("event.key").addEventData("event.code").addEventData("event.ctrlKey").addEventData("event.metaKey")
                .addEventData("event.altKey").addEventData("event.shiftKey").addEventData("event.preventDefault()");
        if (focusEditor) {
            focusEditor = false;
            area.focus();
        }
        editorArea = area;
        return area;
    }

    private void onEditorKey(SegmentRow row, String key, String code, boolean ctrl, boolean alt, boolean shift) {
        if (alt && code != null && code.matches("Digit[1-9]")) {
            panel.rendering(code.charAt(5) - '1').ifPresent(this::insertAtCursor);
        } else if (ctrl && "Enter".equals(key)) {
            if (standing.reviews()) {
                confirmAndApprove();
            } else {
                confirm();
            }
        } else if (ctrl && shift && "c".equalsIgnoreCase(key)) {
            replaceText(row.source());
        } else if (ctrl && "s".equalsIgnoreCase(key)) {
            saveDraft();
        } else if (alt && "ArrowDown".equals(key)) {
            move(1);
        } else if (alt && "ArrowUp".equals(key)) {
            move(-1);
        } else if ("Escape".equals(key)) {
            replaceText(active.target() == null ? "" : active.target());
        }
    }

    /** Puts the text in place of the editor's selection (at the cursor), as if typed, and keeps the focus there. */
    private void insertAtCursor(String text) {
        if (editorArea == null || editorArea.isReadOnly()) {
            return;
        }
        editorArea.getElement().executeJs("const ta = this.inputElement; ta.focus();"
                + " ta.setRangeText($0, ta.selectionStart, ta.selectionEnd, 'end');"
                + " ta.dispatchEvent(new Event('input', {bubbles: true}));", text);
    }

    /** Makes the row the active segment, keeping unsaved text of the previous one as a draft. */
    private void activate(SegmentRow row, boolean focus) {
        if (active != null && active.id() == row.id()) {
            return;
        }
        if (isDirty() && !save(TranslationStatus.DRAFT)) {
            return;
        }
        if (!filter.accepts(row)) {
            clearFilters();
        }
        SegmentRow previous = active;
        active = row;
        pending = row.target() == null ? "" : row.target();
        focusEditor = focus;
        warnedVersion = -1;
        updateUnsavedFlag();
        if (previous != null) {
            rows.refreshItem(previous);
        }
        rows.refreshItem(row);
        grid.scrollToIndex((int) translations.indexOf(document.id(), locale, filter, row.position()));
        pane.highlight(row.id());
        live.move(document.id(), locale, new LiveEditors.Viewer(viewerId, currentUser.username().orElse("?"), row.id()));
        // The panel's comments and history load in a round trip of their own, off the path of the next keystroke.
        getElement().executeJs("const view = this; setTimeout(() => view.$server.loadPanel($0), 0)", String.valueOf(row.id()));
        updateReviewActions();
        showUrl();
    }

    @ClientCallable
    void loadPanel(String segmentId) {
        if (active != null && String.valueOf(active.id()).equals(segmentId)) {
            otherTargets = quality.otherTargets(document.project(), locale, active.id(), active.source());
            panel.show(document.id(), locale, active);
            checkQuality();
        }
    }

    /** QA of the text being edited: only this segment, in memory, so it can run as the person types. */
    private void checkQuality() {
        if (active == null) {
            return;
        }
        List<Finding> found = projectQa.check(active.source(), pending.isEmpty() && active.target() == null
                ? null : pending, isDirty() ? TranslationStatus.TRANSLATED : active.status(), sourceLang, locale,
                otherTargets);
        boolean reviewer = standing.reviews();
        panel.showFindings(found, isDirty() ? List.of() : active.issues(), reviewer && !isDirty()
                && active.status() != TranslationStatus.UNTRANSLATED);
        if (editorArea != null) {
            editorArea.getElement().setAttribute("data-qa", String.valueOf(found.size()));
        }
    }

    /** Keeps the address bar on this editor and its active segment: a link a person can share. */
    private void showUrl() {
        UI.getCurrent().getPage().getHistory().replaceState(null,
                "documents/" + document.id() + "/" + locale + (active == null ? "" : "?segment=" + active.id()));
    }

    private void confirm() {
        if (active == null) {
            return;
        }
        if (pending.isBlank()) {
            Notification.show("Type the translation first; an empty segment cannot be confirmed.", 3000,
                    Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        if (save(TranslationStatus.TRANSLATED)) {
            goToNextUnfinished();
        }
    }

    /**
     * A reviewer's Ctrl+Enter: on someone's TRANSLATED segment, left as it is, it approves and moves on; on an
     * approved one it moves on; anything the reviewer wrote is confirmed first and waits for an approval, as a
     * translator's would.
     */
    private void confirmAndApprove() {
        if (active == null) {
            return;
        }
        if (isDirty() || (active.status() != TranslationStatus.TRANSLATED && active.status() != TranslationStatus.APPROVED)) {
            confirm();
        } else if (active.status() == TranslationStatus.APPROVED
                || review(new ReviewRequest(ReviewRequest.Action.APPROVE, null, active.version()))) {
            move(1);
        }
    }

    private void refreshPanel() {
        panel.refresh();
    }

    private void goToNextUnfinished() {
        translations.nextUnfinished(document.id(), locale, active.position()).ifPresentOrElse(
                next -> activate(next, true),
                () -> Notification.show("Every segment is translated.", 3000, Notification.Position.BOTTOM_END));
    }

    private void saveDraft() {
        if (active == null) {
            return;
        }
        if (!isDirty()) {
            Notification.show("Nothing new to save", 1500, Notification.Position.BOTTOM_END);
            return;
        }
        if (save(TranslationStatus.DRAFT)) {
            refreshPanel();
            Notification.show("Draft saved", 1500, Notification.Position.BOTTOM_END);
        }
    }

    private void move(int step) {
        if (active == null) {
            return;
        }
        long before = translations.indexOf(document.id(), locale, filter, active.position());
        // When the filter hides the active row, the rows around it are at "before - 1" and "before".
        long index = filter.accepts(active) ? before + step : (step > 0 ? before : before - 1);
        if (index < 0) {
            return;
        }
        translations.segments(document.id(), locale, filter, PageRequest.of((int) index, 1)).stream().findFirst()
                .ifPresent(next -> activate(next, true));
    }

    /** Puts text into the active editor (Esc, Ctrl+Shift+C) and keeps the focus there. */
    private void replaceText(String text) {
        pending = text;
        focusEditor = true;
        rows.refreshItem(active);
        updateUnsavedFlag();
        checkQuality();
    }

    /**
     * Saves the pending text with the status; on a conflict opens the conflict dialog and answers false.
     */
    private boolean save(TranslationStatus status) {
        SegmentRow row = active;
        String text = pending;
        try {
            SaveResult result = live.writing(viewerId, row.id(), () -> translations.save(document.id(), row.id(), locale,
                    new TranslationUpdate(text, status, row.version())));
            applySaved(withState(row, result.state()).withIssues(result.issues()));
            if (result.propagated() > 0) {
                Notification.show(result.propagated() + (result.propagated() == 1 ? " repetition" : " repetitions")
                                + " of this sentence received the translation as a draft.", 4000,
                        Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                rows.refreshAll();
                loadArticle(pane.isTranslated());
                updateProgress();
            }
            return true;
        } catch (StaleVersionException e) {
            new ConflictDialog(text, e.current(), locale, dir, resolution -> resolve(row, status, resolution)).open();
            return false;
        } catch (ApiException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private void resolve(SegmentRow row, TranslationStatus status, ConflictDialog.Resolution resolution) {
        SegmentRow current = translations.segment(document.id(), row.id(), locale);
        if (active != null && active.id() == row.id()) {
            active = current;
        }
        if (resolution.text() == null) {
            pending = current.target() == null ? "" : current.target();
            applySaved(current);
            refreshPanel();
            return;
        }
        pending = resolution.text();
        if (save(status) && status == TranslationStatus.TRANSLATED) {
            goToNextUnfinished();
        }
    }

    private void applySaved(SegmentRow saved) {
        TranslationStatus before = active != null && active.id() == saved.id() ? active.status() : saved.status();
        if (active != null && active.id() == saved.id()) {
            active = saved;
            pending = saved.target() == null ? "" : saved.target();
            focusEditor = true;
        }
        rows.refreshItem(saved);
        pane.update(saved);
        updateUnsavedFlag();
        updateProgress(before, saved.status());
        updateReviewActions();
    }

    /** A reviewer approves or rejects the active segment when it is TRANSLATED and holds no unsaved text. */
    private void updateReviewActions() {
        header.setReviewable(active != null && active.status() == TranslationStatus.TRANSLATED && !isDirty());
    }

    private EditorHeader.Actions headerActions() {
        return new EditorHeader.Actions(this::openFindReplace, () -> loadArticle(!pane.isTranslated()), this::approve,
                () -> new RejectDialog(active.position(), this::reject).open(), this::approveAllClean,
                this::showShortcuts);
    }

    private void approve() {
        if (review(new ReviewRequest(ReviewRequest.Action.APPROVE, null, active.version()))) {
            move(1);
        }
    }

    private void reject(String comment) {
        if (review(new ReviewRequest(ReviewRequest.Action.REJECT, comment, active.version()))) {
            panel.showComments();
        }
    }

    private boolean review(ReviewRequest request) {
        SegmentRow row = active;
        try {
            applySaved(withState(row, live.writing(viewerId, row.id(),
                    () -> reviews.review(document.id(), row.id(), locale, request))));
            refreshPanel();
            return true;
        } catch (StaleVersionException e) {
            applySaved(translations.segment(document.id(), row.id(), locale));
            Notification.show("The segment changed meanwhile; review the current text.", 4000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (ApiException e) {
            if (e.status().value() == 422) {
                panel.showQa();
            }
            Notification.show(e.getMessage(), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return false;
    }

    /** The row with a new state; its issues stay until the caller knows better. */
    private SegmentRow withState(SegmentRow row, TranslationState state) {
        return new SegmentRow(row.id(), row.position(), row.paragraph(), row.paragraphStart(), row.source(),
                state.target(), state.status(), state.version(), false, currentUser.username().orElse(null), row.issues(),
                row.terms());
    }

    /** A reviewer waives a check on the active segment; answers whether it worked. */
    private boolean waive(String check, String reason) {
        SegmentRow row = active;
        try {
            WaiverResult result = reviews.waive(document.id(), row.id(), locale, new WaiverRequest(check, reason,
                    row.version()));
            active = row.withIssues(result.issues());
            rows.refreshItem(active);
            focusEditor = true;
            refreshPanel();
            checkQuality();
            return true;
        } catch (ApiException e) {
            Notification.show(e.getMessage(), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    /** Approves every clean TRANSLATED segment of the current filter, after a confirmation that says how many. */
    private void approveAllClean() {
        if (isDirty() && !save(TranslationStatus.DRAFT)) {
            return;
        }
        int count = reviews.cleanCount(document.id(), locale, filter);
        if (count == 0) {
            Notification.show("No TRANSLATED segment without QA issues in this filter.", 3000,
                    Notification.Position.MIDDLE);
            return;
        }
        String segments = count + (count == 1 ? " segment" : " segments");
        ConfirmDialog dialog = new ConfirmDialog("Approve " + segments + "?",
                "Every TRANSLATED segment without open QA issues in the current filter will be approved: " + segments
                        + ". Segments that change meanwhile are left alone.",
                "Approve " + segments, e -> {
                    int approved = reviews.approveAllClean(document.id(), locale, filter);
                    Notification.show("Approved " + approved + (approved == 1 ? " segment." : " segments."), 3000,
                            Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refreshEverything();
                });
        dialog.setId("approve-all-dialog");
        dialog.setCancelable(true);
        dialog.open();
    }

    /** Reloads the grid, the active segment (unless it holds unsaved text), the article and the progress. */
    private void refreshEverything() {
        withEditorFocus(this::redrawEverything);
    }

    private void redrawEverything(boolean focused) {
        projectQa = quality.projectQa(document.project());
        if (active != null && !isDirty()) {
            active = translations.segment(document.id(), active.id(), locale);
            pending = active.target() == null ? "" : active.target();
            focusEditor = focused;
        }
        rows.refreshAll();
        loadArticle(pane.isTranslated());
        updateProgress();
        updateReviewActions();
        refreshPanel();
    }

    /** Shows what someone else changed, or where they moved: only the rows concerned are drawn again. */
    private void showLive(LiveEditors.Update update) {
        if (rows == null) {
            return;
        }
        if (update instanceof LiveEditors.Discussed discussed) {
            if (active != null && active.id() == discussed.segmentId()) {
                refreshPanel();
            }
            return;
        }
        if (update instanceof LiveEditors.Changed changed && changed.everything()) {
            refreshEverything();
            return;
        }
        boolean changed = update instanceof LiveEditors.Changed;
        Set<Long> ids = changed ? ((LiveEditors.Changed) update).segmentIds() : ((LiveEditors.Moved) update).segmentIds();
        for (SegmentRow row : translations.segments(document.id(), locale, ids)) {
            if (active != null && active.id() == row.id()) {
                showLiveActive(row, changed);
            } else {
                rows.refreshItem(row);
                pane.update(row);
            }
        }
        if (changed) {
            updateProgress();
        }
    }

    /** The active segment changed elsewhere: shown at once, unless the viewer is typing in it. */
    private void showLiveActive(SegmentRow row, boolean changed) {
        if (editorArea != null) {
            List<String> others = live.othersOn(document.id(), locale, row.id(), viewerId);
            editorArea.getElement().setAttribute("data-editing", String.join(", ", others));
            editorArea.setHelperText(others.isEmpty() ? null : "Also open for editing by " + String.join(", ", others));
        }
        if (!changed || (row.version() == active.version() && row.issues().equals(active.issues()))) {
            return;
        }
        withEditorFocus(focused -> redrawActive(row, focused));
    }

    /** Draws the active row with what someone else saved, unless the viewer has started typing in it meanwhile. */
    private void redrawActive(SegmentRow row, boolean focused) {
        if (active == null || active.id() != row.id()) {
            return;
        }
        if (isDirty()) {
            if (row.version() == warnedVersion) {
                return;
            }
            warnedVersion = row.version();
            Notification.show((row.updatedBy() == null ? "Someone" : row.updatedBy())
                    + " changed this segment while you were typing; saving will show both versions.", 5000,
                    Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        boolean rejectedNow = row.status() == TranslationStatus.REJECTED && active.status() != TranslationStatus.REJECTED;
        active = row;
        pending = row.target() == null ? "" : row.target();
        focusEditor = focused;
        rows.refreshItem(row);
        pane.update(row);
        updateReviewActions();
        refreshPanel();
        checkQuality();
        if (rejectedNow) {
            panel.showComments();
        }
    }

    /**
     * Asks the browser whether the active editor has the focus, then runs the redraw (which builds a new editor)
     * with the answer, so that a person reading or typing elsewhere keeps their focus.
     */
    private void withEditorFocus(Consumer<Boolean> redraw) {
        if (editorArea == null || !editorArea.isAttached()) {
            redraw.accept(false);
            return;
        }
        editorArea.getElement().executeJs("return this.hasAttribute('focused')")
                .then(Boolean.class, focused -> redraw.accept(Boolean.TRUE.equals(focused)), error -> redraw.accept(false));
    }

    private void clearFilters() {
        filters.clear();
    }

    private void applyFilter() {
        filter = filters.value();
        rows.refreshAll();
        if (active != null) {
            grid.scrollToIndex((int) translations.indexOf(document.id(), locale, filter, active.position()));
        }
    }

    private void openFindReplace() {
        if (isDirty() && !save(TranslationStatus.DRAFT)) {
            return;
        }
        new FindReplaceDialog(findReplace, document.id(), locale, locale, dir, outcome -> {
            Notification.show("Replaced in " + outcome.replaced() + " segment" + (outcome.replaced() == 1 ? "" : "s")
                    + (outcome.skippedApproved() > 0 ? "; " + outcome.skippedApproved() + " approved left alone" : "")
                    + (outcome.skippedStale() > 0 ? "; " + outcome.skippedStale() + " changed meanwhile, skipped" : "")
                    + ".", 4000, Notification.Position.BOTTOM_END);
            if (active != null) {
                active = translations.segment(document.id(), active.id(), locale);
                pending = active.target() == null ? "" : active.target();
            }
            rows.refreshAll();
            loadArticle(pane.isTranslated());
            updateProgress();
        }).open();
    }

    /** Moves one segment's count from its old status to its new one, without asking the database. */
    private void updateProgress(TranslationStatus before, TranslationStatus after) {
        if (progress == null) {
            updateProgress();
            return;
        }
        Map<TranslationStatus, Long> counts = new EnumMap<>(progress.counts());
        counts.merge(before, -1L, Long::sum);
        counts.merge(after, 1L, Long::sum);
        showProgress(new LocaleProgress(locale, progress.total(), counts));
    }

    private void updateProgress() {
        showProgress(translations.progress(document.id(), locale));
    }

    private void showProgress(LocaleProgress progress) {
        this.progress = progress;
        header.showProgress(progress);
    }

    /** Renders the reading pane: the source article, or the translated one. */
    @ClientCallable
    void loadArticle() {
        loadArticle(pane.isTranslated());
    }

    private void loadArticle(boolean translated) {
        pane.render(translations.segments(document.id(), locale), translated, active == null ? null : active.id());
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
        stopLive();
        UI ui = UI.getCurrent();
        SecurityContext viewer = SecurityContextHolder.getContext();
        liveRegistration = live.register(document.id(), locale, viewerId, ui, update -> ui.access(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(viewer);
            try {
                showLive(update);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }));
        // The article (one large message for a long document) is asked for once the first rows had time to arrive;
        // "?" outside a text field shows the shortcuts.
        getElement().executeJs("""
                const view = this;
                setTimeout(() => view.$server.loadArticle(), 400);
                if (window.__tesseraKeys) document.removeEventListener('keydown', window.__tesseraKeys);
                window.__tesseraKeys = e => {
                  const target = e.composedPath()[0];
                  const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
                  if (e.key === '?' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); view.$server.showShortcuts(); }
                };
                document.addEventListener('keydown', window.__tesseraKeys);
                if (!window.__tesseraUnload) {
                  window.__tesseraUnload = e => { if (window.__tesseraUnsaved) { e.preventDefault(); e.returnValue = ''; } };
                  window.addEventListener('beforeunload', window.__tesseraUnload);
                }""");
        Optional<SegmentRow> first = Optional.empty();
        if (requestedSegment != null) {
            try {
                first = Optional.of(translations.segment(document.id(), requestedSegment, locale));
            } catch (ApiException e) {
                Notification.show("Segment " + requestedSegment + " is not in this document.", 4000,
                        Notification.Position.MIDDLE);
            }
        }
        if (first.isEmpty()) {
            first = translations.nextUnfinished(document.id(), locale, 0);
        }
        first.ifPresent(row -> activate(row, true));
    }

    private void stopLive() {
        if (liveRegistration != null) {
            liveRegistration.run();
            liveRegistration = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopLive();
        event.getUI().getPage().executeJs("window.__tesseraUnsaved = false;"
                + " if (window.__tesseraKeys) { document.removeEventListener('keydown', window.__tesseraKeys); window.__tesseraKeys = null; }");
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!isDirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("unsaved-dialog");
        dialog.setHeader("Unsaved text");
        dialog.setText("Segment " + active.position() + " has text you have not saved.");
        dialog.setCancelable(true);
        dialog.setCancelText("Stay");
        dialog.addCancelListener(e -> stay());
        dialog.setRejectable(true);
        dialog.setRejectText("Discard and leave");
        dialog.addRejectListener(e -> {
            pending = active.target() == null ? "" : active.target();
            updateUnsavedFlag();
            action.proceed();
        });
        dialog.setConfirmText("Save draft and leave");
        dialog.addConfirmListener(e -> {
            if (save(TranslationStatus.DRAFT)) {
                action.proceed();
            } else {
                stay();
            }
        });
        dialog.open();
    }

    /** The person stays in the editor after a navigation was held back. */
    private void stay() {
        // Vaadin ignores a second navigation to the location it last handled; staying must not swallow the next.
        UI.getCurrent().getInternals().clearLastHandledNavigation();
        header.resetLocale();
        showUrl();
    }

    private boolean isDirty() {
        return active != null && !pending.equals(active.target() == null ? "" : active.target());
    }

    private void updateUnsavedFlag() {
        boolean dirty = isDirty();
        if (header != null) {
            updateReviewActions();
        }
        if (dirty != unsavedFlag) {
            unsavedFlag = dirty;
            getElement().executeJs("window.__tesseraUnsaved = $0", dirty);
        }
    }

    /** The grid's QA mark: how many open errors or warnings a segment has. */
    private static String qaMark(SegmentRow row) {
        long open = row.issues().stream().filter(issue -> !issue.waived()).count();
        return row.openSeverity() == null ? "" : (row.openSeverity() == Severity.ERROR ? "✖ " : "⚠ ") + open;
    }

    static String label(TranslationStatus status) {
        String name = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
