package dev.tessera.translation.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.tessera.translation.review.Issue;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * The typed quality issues reviewers filed on the segment, newest last: severity and category, who and when, the
 * words concerned highlighted in the target while it still says what the reviewer read, and the comment.
 */
class IssueList extends Div {

    IssueList() {
        setId("segment-issues");
        addClassName("segment-issues");
    }

    /** @param target the translation as it is now: spans are shown on it while it is what the reviewer read */
    void show(List<Issue> issues, String target, String locale, String dir) {
        removeAll();
        setVisible(!issues.isEmpty());
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
                        ? MarkedText.of(target, List.of(new MarkedText.Range(issue.start(), issue.end())), "issue-span")
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
            add(entry);
        }
    }
}
