package dev.tessera.translation.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiPredicate;

/** A reviewer lets one check's findings on the current text stand, and writes down why. */
class WaiverDialog extends Dialog {

    WaiverDialog(String check, BiPredicate<String, String> onWaive) {
        setHeaderTitle(getTranslation("segment.waiver-dialog.title", check));
        setId("waiver-dialog");
        TextArea reason = new TextArea(getTranslation("segment.waiver-dialog.reason"));
        reason.setId("waiver-reason");
        reason.setWidth("min(560px, 80vw)");
        reason.setRequired(true);
        reason.setHelperText(getTranslation("segment.waiver-dialog.reason-helper"));
        add(reason);
        Button waive = new Button(getTranslation("segment.waiver-dialog.waive"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("segment.waiver-dialog.reason-required"));
                return;
            }
            if (onWaive.test(check, reason.getValue())) {
                close();
            }
        });
        waive.setId("confirm-waiver");
        waive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), waive);
    }
}
