package dev.tessera.translation.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiPredicate;

/** A reviewer lets one check's findings on the current text stand, and writes down why. */
class WaiverDialog extends Dialog {

    WaiverDialog(String check, BiPredicate<String, String> onWaive) {
        setHeaderTitle("Waive " + check);
        setId("waiver-dialog");
        TextArea reason = new TextArea("Why may these findings stand?");
        reason.setId("waiver-reason");
        reason.setWidth("min(560px, 80vw)");
        reason.setRequired(true);
        reason.setHelperText("Kept in the history; a change of the text drops the waiver.");
        add(reason);
        Button waive = new Button("Waive", e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Write the reason; it is kept with the segment.");
                return;
            }
            if (onWaive.test(check, reason.getValue())) {
                close();
            }
        });
        waive.setId("confirm-waiver");
        waive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), waive);
    }
}
