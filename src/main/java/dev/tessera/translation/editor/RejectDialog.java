package dev.tessera.translation.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import dev.tessera.translation.review.IssueRequest;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A reviewer says what the translator must fix (a rejection without a reason is not possible), and may type the
 * issue: its MQM category, severity and the words it concerns, which count in the document's quality score.
 */
class RejectDialog extends Dialog {

    RejectDialog(int position, String target, String selected, BiConsumer<String, List<IssueRequest>> onReject) {
        setHeaderTitle(getTranslation("segment.reject-dialog.title", position));
        setId("reject-dialog");
        TextArea reason = new TextArea(getTranslation("segment.reject-dialog.reason"));
        reason.setId("reject-comment");
        reason.setWidth("min(560px, 80vw)");
        reason.setRequired(true);
        IssueFields issue = new IssueFields(target, selected);
        add(reason, issue);
        Button reject = new Button(getTranslation("segment.reject-dialog.reject"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("segment.reject-dialog.reason-required"));
                return;
            }
            if (!issue.check()) {
                return;
            }
            close();
            onReject.accept(
                    reason.getValue(), issue.issue(null, null).map(List::of).orElse(List.of()));
        });
        reject.setId("confirm-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), reject);
    }
}
