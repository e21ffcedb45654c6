package dev.tessera.translation.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import dev.tessera.translation.review.IssueRequest;
import java.util.function.Predicate;

/**
 * A reviewer files a typed quality issue on a segment without rejecting it: its category, severity, the words it
 * concerns and a comment. The dialog stays open when the server refuses it.
 */
class IssueDialog extends Dialog {

    /** @param file files the issue; answers whether it worked */
    IssueDialog(int position, String target, int version, String selected, Predicate<IssueRequest> file) {
        setHeaderTitle(getTranslation("review.issue-dialog.title", position));
        setId("issue-dialog");
        IssueFields issue = new IssueFields(target, selected);
        issue.requireCategory();
        TextArea comment = new TextArea(getTranslation("review.issue-dialog.comment"));
        comment.setId("issue-comment");
        comment.setWidth("min(560px, 80vw)");
        add(issue, comment);
        Button save = new Button(getTranslation("review.issue-dialog.file"), e -> {
            if (issue.check()
                    && file.test(issue.issue(comment.getValue(), version).orElseThrow())) {
                close();
            }
        });
        save.setId("confirm-issue");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
