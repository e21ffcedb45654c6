package dev.tessera.translation.editor;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.project.ProjectInfo;
import dev.tessera.qa.ProjectDictionary;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.Problems;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.editor.LanguageMarks.Mark;
import dev.tessera.translation.quality.LanguageCheckStatus;
import java.util.List;

/**
 * The active segment's language findings on its editor: drawn in the editor's {@link LanguageStrip} while the editor
 * holds the saved text they were made for, applied from there or with Alt+Enter as if typed, and a misspelt word
 * added to the project's dictionary.
 */
final class LanguageFindings {

    private final EditorSession session;
    private final TargetEditor editor;
    private final LanguageCheckStatus status;
    private final ProjectDictionary dictionary;
    private final ProjectInfo project;
    private final String locale;
    private final boolean covered;

    LanguageFindings(EditorContext context, EditorSession session, TargetEditor editor) {
        this.session = session;
        this.editor = editor;
        this.status = context.services().languageChecks();
        this.dictionary = context.services().dictionary();
        this.project = context.document().project();
        this.locale = context.locale();
        this.covered = context.services().quality().proofreadingCovers(locale);
    }

    /** The strip's buttons. */
    LanguageStrip.Actions actions() {
        return new LanguageStrip.Actions(this::apply, this::addWord);
    }

    /** Draws the findings of the saved text, "checking" while they are made, or nothing while the text differs. */
    void show() {
        LanguageStrip strip = editor.languageStrip();
        SegmentRow row = session.active();
        if (strip == null) {
            return;
        }
        if (!covered || row == null || row.target() == null || row.target().isBlank() || session.isDirty()) {
            strip.showNothing();
            return;
        }
        List<Mark> marks = LanguageMarks.of(row.target(), row.issues());
        if (marks.isEmpty() && status.awaits(project, row.id(), locale)) {
            strip.showChecking();
        } else {
            strip.showMarks(row.target(), marks, row.codes(), mayAddWords());
        }
    }

    /** Alt+Enter with the caret at {@code caret} (an editor offset): the first suggestion of the nearest finding. */
    void applyNear(int caret) {
        SegmentRow row = session.active();
        if (row == null || row.target() == null || session.isDirty()) {
            return;
        }
        List<Mark> marks = LanguageMarks.of(row.target(), row.issues());
        LanguageMarks.near(marks, LanguageMarks.inTarget(row.target(), caret))
                .ifPresent(mark -> apply(mark, mark.suggestions().getFirst()));
    }

    private void apply(Mark mark, String suggestion) {
        SegmentRow row = session.active();
        if (row == null || row.target() == null || session.isDirty() || session.isLocked(row)) {
            return;
        }
        String target = row.target();
        editor.replaceRange(
                CodeMarkers.toTags(target),
                LanguageMarks.shown(target, mark.span().start()),
                LanguageMarks.shown(target, mark.span().end()),
                suggestion);
    }

    private void addWord(Mark mark) {
        SegmentRow row = session.active();
        if (row == null || row.target() == null) {
            return;
        }
        String word = row.target().substring(mark.span().start(), mark.span().end());
        try {
            boolean added = dictionary.addWord(project.slug(), locale, word);
            Notification.show(
                            I18NProvider.translate(
                                    added
                                            ? "editor.language-findings.word-added"
                                            : "editor.language-findings.word-known",
                                    word,
                                    locale),
                            4000,
                            Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        } catch (ApiException e) {
            Notification.show(Problems.text(e), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private boolean mayAddWords() {
        return session.standing().writes();
    }
}
