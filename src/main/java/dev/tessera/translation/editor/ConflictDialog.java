package dev.tessera.translation.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.tessera.translation.TranslationState;
import java.util.function.Consumer;

/**
 * Someone saved the segment since it was opened: both texts side by side, and the person keeps theirs, takes
 * the other, or merges by hand. Whatever they choose is saved against the other's version, so nothing is
 * overwritten without being seen.
 */
class ConflictDialog extends Dialog {

    /** What the person decided: the text to save on top of {@code theirs}, or null to take theirs as it is. */
    record Resolution(String text, TranslationState theirs) {}

    ConflictDialog(String mine, TranslationState theirs, String lang, String dir, Consumer<Resolution> onResolved) {
        setHeaderTitle(getTranslation("editor.conflict-dialog.title"));
        setId("conflict-dialog");
        setWidth("min(900px, 95vw)");
        // The status goes as its name; the translations turn it into a word of their own.
        add(new Paragraph(getTranslation(
                "editor.conflict-dialog.text", theirs.version(), theirs.status().name())));
        Div yours = side(getTranslation("editor.conflict-dialog.yours"), mine, "conflict-mine", lang, dir);
        Div other = side(
                getTranslation("editor.conflict-dialog.theirs"),
                theirs.target() == null ? "" : theirs.target(),
                "conflict-theirs",
                lang,
                dir);
        HorizontalLayout both = new HorizontalLayout(yours, other);
        both.setWidthFull();
        both.setFlexGrow(1, yours, other);
        TextArea merged = new TextArea(getTranslation("editor.conflict-dialog.merged"));
        merged.setId("conflict-merged");
        merged.setValue(mine);
        merged.setWidthFull();
        merged.getElement().setAttribute("lang", lang);
        merged.getElement().setAttribute("dir", dir);
        add(both, merged);

        Button keepMine = new Button(
                getTranslation("editor.conflict-dialog.keep-mine"),
                e -> resolve(onResolved, new Resolution(mine, theirs)));
        keepMine.setId("conflict-keep-mine");
        Button takeTheirs = new Button(
                getTranslation("editor.conflict-dialog.take-theirs"),
                e -> resolve(onResolved, new Resolution(null, theirs)));
        takeTheirs.setId("conflict-take-theirs");
        Button saveMerged = new Button(
                getTranslation("editor.conflict-dialog.save-merged"),
                e -> resolve(onResolved, new Resolution(merged.getValue(), theirs)));
        saveMerged.setId("conflict-save-merged");
        saveMerged.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(takeTheirs, keepMine, saveMerged);
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
    }

    private void resolve(Consumer<Resolution> onResolved, Resolution resolution) {
        close();
        onResolved.accept(resolution);
    }

    private static Div side(String title, String text, String id, String lang, String dir) {
        Div body = new Div();
        body.setText(text);
        body.setId(id);
        body.addClassName("conflict-text");
        body.getElement().setAttribute("lang", lang);
        body.getElement().setAttribute("dir", dir);
        Div side = new Div(new H4(title), body);
        side.addClassName("conflict-side");
        return side;
    }
}
