package dev.tessera.translation.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.IntPredicate;

/** Asks where to split a segment: the person puts the cursor in the source and confirms. */
class SplitDialog extends Dialog {

    /** @param split splits at the offset; false when it was refused (the dialog stays open) */
    SplitDialog(int position, String source, IntPredicate split) {
        setHeaderTitle(getTranslation("segment.split-dialog.title", position));
        setId("split-dialog");
        setWidth("min(40em, 95vw)");
        TextArea text = new TextArea();
        text.setId("split-source");
        text.setValue(source);
        text.setReadOnly(true);
        text.setWidthFull();
        add(new Paragraph(getTranslation("segment.split-dialog.explanation")), text);
        Button confirm = new Button(
                getTranslation("segment.split-dialog.confirm"),
                e -> text.getElement()
                        .executeJs("return this.inputElement.selectionStart")
                        .then(Integer.class, offset -> {
                            if (offset != null && split.test(offset)) {
                                close();
                            }
                        }));
        confirm.setId("confirm-split");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
