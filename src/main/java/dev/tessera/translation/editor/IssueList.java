package dev.tessera.translation.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.tessera.project.CodeLabel;
import dev.tessera.translation.review.Issue;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The typed quality issues reviewers filed on the segment, newest last: severity and category, who and when, the
 * words concerned highlighted in the target while it still says what the reviewer read, and the comment.
 */
class IssueList extends Div {

    private final Consumer<Issue> retract;
    private final Div entries = new Div();
    private final Button file = new Button();

    /** @param file opens the dialog that files an issue; {@code retract} retracts one the person filed */
    IssueList(Runnable file, Consumer<Issue> retract) {
        this.retract = retract;
        setId("segment-issues");
        addClassName("segment-issues");
        this.file.setText(getTranslation("review.issue.file"));
        this.file.setId("file-issue");
        this.file.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        this.file.addClickListener(e -> file.run());
        add(entries, this.file);
    }

    /**
     * @param target the translation as it is now: spans are shown on it while it is what the reviewer read
     * @param codes what the segment's inline codes are, by code index
     * @param reviewer the name of a reviewer who may file issues and retract their own; null for anyone else
     */
    void show(List<Issue> issues, String target, List<CodeLabel> codes, String locale, String dir, String reviewer) {
        entries.removeAll();
        file.setVisible(reviewer != null && target != null);
        setVisible(!issues.isEmpty() || file.isVisible());
        for (Issue issue : issues) {
            Span badge = new Span(getTranslation(
                    "review.issue.badge",
                    getTranslation("review.severity-name." + issue.severity().name()),
                    getTranslation("review.category." + issue.category().name()),
                    issue.points()));
            badge.addClassNames(
                    "issue-badge", "severity-" + issue.severity().name().toLowerCase(Locale.ROOT));
            Div entry = new Div(
                    badge,
                    SegmentPanel.meta(
                            getTranslation("review.issue.filed", issue.reviewer(), Date.from(issue.createdAt()))));
            entry.addClassName("issue");
            entry.getElement().setAttribute("data-category", issue.category().name());
            entry.getElement().setAttribute("data-severity", issue.severity().name());
            if (issue.start() != null) {
                Div words = issue.standing()
                        ? MarkedText.of(
                                target, List.of(new MarkedText.Range(issue.start(), issue.end())), "issue-span", codes)
                        : new Div(getTranslation("review.issue.was", issue.text()));
                words.addClassName("issue-target");
                words.getElement().setAttribute("lang", locale);
                words.getElement().setAttribute("dir", dir);
                entry.add(words);
            }
            if (issue.comment() != null) {
                Div comment = new Div();
                comment.setText(issue.comment());
                comment.addClassName("body");
                entry.add(comment);
            }
            if (issue.reviewer().equals(reviewer)) {
                Button undo = new Button(getTranslation("review.issue.retract"), e -> retract.accept(issue));
                undo.addClassName("retract-issue");
                undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                entry.add(undo);
            }
            entries.add(entry);
        }
    }
}
