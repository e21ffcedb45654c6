package dev.tessera.translation.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinSession;
import dev.tessera.project.DocumentInfo;
import dev.tessera.qa.Finding;
import dev.tessera.qa.Proofreader;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.translation.SegmentFilter;
import dev.tessera.translation.SegmentFinding;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.TranslationStatus;
import dev.tessera.translation.quality.ProjectQa;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The active segment as the person sees it: its row holds the editor, the article highlights it, the side panel
 * shows its terms, QA, comments and history, and QA runs on its text as the person types. Every change of the
 * active segment (activation, typing, a save, a review, a waiver, someone else's save) is drawn here.
 */
final class ActiveSegment {

    /** The parts of the editor the active segment is drawn in. */
    record Parts(
            EditorSession session,
            SegmentGrid grid,
            TargetEditor editor,
            ReadingPane pane,
            SegmentPanel panel,
            EditorHeader header,
            SegmentFilters filters,
            LiveSync live,
            UnsavedChangesGuard guard,
            LanguageFindings language) {}

    /** The session attribute that carries unsaved text across the restart of a joined-away segment's editor. */
    private static final String UNSAVED_JOINED_AWAY = "tessera.unsaved-joined-away";

    private final Parts parts;
    private final EditorServices services;
    private final DocumentInfo document;
    private final String locale;
    private final String dir;
    private final Component view;
    private final Supplier<SegmentFilter> filter;
    private final BooleanSupplier keepUnsaved;
    private ProjectQa projectQa;
    private List<String> otherTargets = List.of();

    /**
     * {@code view} runs the browser round trips, {@code filter} is the list's current filter, and
     * {@code keepUnsaved} keeps unsaved text as a draft before another segment becomes active (false: it may not).
     */
    ActiveSegment(
            EditorContext context,
            Parts parts,
            Component view,
            Supplier<SegmentFilter> filter,
            BooleanSupplier keepUnsaved) {
        this.parts = parts;
        this.services = context.services();
        this.document = context.document();
        this.locale = context.locale();
        this.dir = context.dir();
        this.view = view;
        this.filter = filter;
        this.keepUnsaved = keepUnsaved;
        this.projectQa = services.quality().projectQa(document.project());
    }

    /** The project's QA settings or glossaries may have changed. */
    void reloadQa() {
        projectQa = services.quality().projectQa(document.project());
    }

    /** Makes the row the active segment, keeping unsaved text of the previous one as a draft. */
    void activate(SegmentRow row, boolean focus) {
        if (parts.session().isActive(row.id()) || !keepUnsaved.getAsBoolean()) {
            return;
        }
        if (!filter.get().accepts(row)) {
            parts.filters().clear();
        }
        SegmentRow previous = parts.session().open(row);
        parts.editor().focusNext(focus);
        unsavedChanged();
        if (previous != null) {
            parts.grid().redraw(previous);
        }
        parts.grid().redraw(row);
        parts.grid().scrollToIndex((int)
                services.translations().indexOf(document.id(), locale, filter.get(), row.position()));
        parts.pane().highlight(row.id());
        parts.live().moveTo(row.id());
        // The panel's comments and history load in a round trip of their own, off the path of the next keystroke.
        view.getElement()
                .executeJs(
                        "const view = this; setTimeout(() => view.$server.loadPanel($0), 0)", String.valueOf(row.id()));
        showUrl();
    }

    /** Activates the segment the address names, or else the first unfinished one. */
    void openFirst(@Nullable Long requested) {
        showTextOfJoinedAwaySegment();
        Optional<SegmentRow> first = Optional.empty();
        if (requested != null) {
            try {
                first = Optional.of(services.translations().segment(document.id(), requested, locale));
            } catch (ApiException e) {
                // The segment's id is a technical identifier: written as it is, without digit grouping.
                Notification.show(
                        I18NProvider.translate("editor.active-segment.not-in-document", String.valueOf(requested)),
                        4000,
                        Notification.Position.MIDDLE);
            }
        }
        if (first.isEmpty()) {
            first = services.translations().nextUnfinished(document.id(), locale, 0);
        }
        first.ifPresent(row -> activate(row, true));
    }

    /** Keeps the address bar on this editor and its active segment: a link a person can share. */
    void showUrl() {
        SegmentRow row = parts.session().active();
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(
                        null,
                        "documents/" + document.id() + "/" + locale + (row == null ? "" : "?segment=" + row.id()));
    }

    /** The target cell of a row: the editor for the active one, the text for the others. */
    Component targetCell(SegmentRow row) {
        if (parts.session().isActive(row.id())) {
            Component cell = parts.editor().build(row, parts.live().othersOn(row.id()), this::typed);
            parts.language().show();
            return cell;
        }
        Div text = new Div();
        text.getElement()
                .setProperty("innerHTML", row.target() == null ? "" : TermMarkup.display(row.target(), row.codes()));
        text.addClassName("target-text");
        text.getElement().setAttribute("lang", locale);
        text.getElement().setAttribute("dir", dir);
        text.getElement().setAttribute("data-position", String.valueOf(row.position()));
        return text;
    }

    private void typed(String text) {
        parts.session().type(text);
        unsavedChanged();
        checkQuality();
    }

    /** Puts text into the active editor (Esc, Ctrl+Shift+C) and keeps the focus there. */
    void replaceText(String text) {
        parts.session().type(text);
        parts.editor().focusNext(true);
        parts.grid().redraw(parts.session().active());
        unsavedChanged();
        checkQuality();
    }

    /** The side panel of the active segment, when it is still the one asked for. */
    void loadPanel(long segmentId) {
        SegmentRow active = parts.session().active();
        if (active != null && active.id() == segmentId) {
            otherTargets = services.quality().otherTargets(document.project(), locale, active.id(), active.source());
            parts.panel().show(document.id(), locale, active);
            checkQuality();
        }
    }

    /** QA of the text being edited: only this segment, in memory, so it can run as the person types. */
    void checkQuality() {
        EditorSession session = parts.session();
        SegmentRow active = session.active();
        if (active == null) {
            return;
        }
        List<Finding> found = new ArrayList<>(projectQa.check(
                active.source(),
                session.textToCheck(),
                session.statusToCheck(),
                document.project().sourceLocale(),
                locale,
                otherTargets));
        if (!session.isDirty()) {
            // The checks over the whole document and the language checks judged the saved text; they cannot run as
            // one segment is typed.
            active.issues().stream()
                    .filter(issue ->
                            ProjectQa.isDocumentCheck(issue.check()) || Proofreader.isLanguageCheck(issue.check()))
                    .map(SegmentFinding::finding)
                    .forEach(found::add);
        }
        parts.panel().showFindings(found, session.isDirty() ? List.of() : active.issues(), session.mayWaive());
        parts.editor().showFindingCount(found.size());
        parts.language().show();
    }

    /** A state this person's save or review produced (of the active segment, or of another). */
    void applySaved(SegmentRow saved) {
        SegmentRow active = parts.session().active();
        TranslationStatus before = active != null && active.id() == saved.id() ? active.status() : saved.status();
        if (parts.session().isActive(saved.id())) {
            parts.editor().focusNext(true);
            parts.session().update(saved);
        }
        redrawRow(saved);
        unsavedChanged();
        parts.header().moveProgress(before, saved.status());
    }

    /** The active segment with the findings a waiver left open. */
    void showWaived(SegmentRow row) {
        parts.session().refresh(row);
        parts.editor().focusNext(true);
        parts.grid().redraw(row);
        parts.panel().refresh();
        checkQuality();
    }

    /**
     * The active segment's findings or waivers changed, not its text (its language checks finished, someone waived
     * a check): shown without building the editor again, so that nothing typed is lost.
     */
    void findingsChanged(SegmentRow row) {
        SegmentRow shown = parts.session().active();
        parts.session().refresh(row);
        if (shown != null && shown.issues().equals(row.issues())) {
            // Nothing new to list: the checks may have found nothing, which ends "checking".
            parts.language().show();
            return;
        }
        parts.panel().refresh();
        checkQuality();
    }

    /** The active segment as someone else saved it, taken in because this person had not typed. */
    void takeIn(SegmentRow row, boolean focused, boolean rejectedNow) {
        parts.session().update(row);
        parts.editor().focusNext(focused);
        redrawRow(row);
        updateReviewActions();
        parts.panel().refresh();
        checkQuality();
        if (rejectedNow) {
            parts.panel().showComments();
        }
    }

    /**
     * Reads the active segment again, unless it holds unsaved text that is to be kept; false when it is gone and the
     * editor starts again, so that nothing more is drawn of it.
     */
    boolean reload(boolean evenIfUnsaved, LongFunction<SegmentRow> read) {
        SegmentRow active = parts.session().active();
        if (active == null) {
            return true;
        }
        SegmentRow fresh;
        try {
            fresh = read.apply(active.id());
        } catch (ApiException gone) {
            // Someone joined the segment into the one before it: the editor starts again on the document, at its
            // first unfinished segment (an address still naming the vanished one would say it is missing); text
            // the person typed there is handed to the new page to show, not lost.
            if (parts.session().isDirty()) {
                VaadinSession.getCurrent()
                        .setAttribute(
                                UNSAVED_JOINED_AWAY,
                                document.id() + "\n"
                                        + CodeMarkers.toTags(parts.session().pending()));
                parts.session().discard();
                unsavedChanged();
            }
            UI.getCurrent().getPage().setLocation("documents/" + document.id() + "/" + locale);
            return false;
        }
        if (evenIfUnsaved || !parts.session().isDirty()) {
            parts.session().update(fresh);
        }
        return true;
    }

    /** Shows the text typed in a segment that was joined away while the editor started again, once. */
    private void showTextOfJoinedAwaySegment() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null
                && session.getAttribute(UNSAVED_JOINED_AWAY) instanceof String kept
                && kept.startsWith(document.id() + "\n")) {
            session.setAttribute(UNSAVED_JOINED_AWAY, null);
            Notification shown = Notification.show(
                    I18NProvider.translate(
                            "editor.active-segment.joined-away-unsaved", kept.substring(kept.indexOf('\n') + 1)),
                    30000,
                    Notification.Position.MIDDLE);
            shown.setId("joined-away-unsaved");
        }
    }

    void refreshPanel() {
        parts.panel().refresh();
    }

    void redrawRow(SegmentRow row) {
        parts.grid().redraw(row);
        parts.pane().update(row);
    }

    /** The unsaved state may have changed: the browser's guard and the review buttons follow it. */
    void unsavedChanged() {
        parts.guard().update();
        updateReviewActions();
    }

    /** A reviewer approves or rejects the active segment when it is TRANSLATED and holds no unsaved text. */
    void updateReviewActions() {
        parts.header()
                .setReviewable(parts.session().isReviewable(), parts.session().isSignable());
    }
}
