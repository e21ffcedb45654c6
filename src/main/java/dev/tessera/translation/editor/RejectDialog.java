package dev.tessera.translation.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** A reviewer says what the translator must fix; a rejection without a reason is not possible. */
class RejectDialog extends Dialog {

    RejectDialog(int position, Consumer<String> onReject) {
        setHeaderTitle(getTranslation("segment.reject-dialog.title", position));
        setId("reject-dialog");
        TextArea reason = new TextArea(getTranslation("segment.reject-dialog.reason"));
        reason.setId("reject-comment");
        reason.setWidth("min(560px, 80vw)");
        reason.setRequired(true);
        add(reason);
        Button reject = new Button(getTranslation("segment.reject-dialog.reject"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("segment.reject-dialog.reason-required"));
                return;
            }
            close();
            onReject.accept(reason.getValue());
        });
        reject.setId("confirm-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), reject);
    }
}
