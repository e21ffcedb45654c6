package dev.tessera.translation.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.tessera.shared.ApiException;
import dev.tessera.translation.FindReplaceService;
import dev.tessera.translation.ReplaceOutcome;
import dev.tessera.translation.Replacement;
import java.util.List;
import java.util.function.Consumer;

/** Find and replace in the targets of the document: preview every change with a count, then replace all. */
class FindReplaceDialog extends Dialog {

    private final Grid<Replacement> preview = new Grid<>();
    private final Span summary = new Span();
    private final Button replaceAll = new Button();
    private List<Replacement> planned = List.of();

    FindReplaceDialog(
            FindReplaceService service,
            long documentId,
            String locale,
            String lang,
            String dir,
            Consumer<ReplaceOutcome> onReplaced) {
        setHeaderTitle(getTranslation("editor.find-replace-dialog.title"));
        replaceAll.setText(getTranslation("editor.find-replace-dialog.replace-all"));
        setId("find-replace-dialog");
        setWidth("min(1000px, 95vw)");
        TextField find = new TextField(getTranslation("editor.find-replace-dialog.find"));
        find.setId("find-text");
        TextField replacement = new TextField(getTranslation("editor.find-replace-dialog.replace-with"));
        replacement.setId("replace-text");
        Checkbox matchCase = new Checkbox(getTranslation("editor.find-replace-dialog.match-case"));
        matchCase.setId("match-case");
        Button showPreview = new Button(getTranslation("editor.find-replace-dialog.preview"), e -> {
            try {
                planned = service.preview(
                        documentId, locale, find.getValue(), replacement.getValue(), matchCase.getValue());
                preview.setItems(planned);
                long allowed = planned.stream().filter(Replacement::allowed).count();
                summary.setText(
                        getTranslation("editor.find-replace-dialog.summary", allowed, planned.size() - allowed));
                replaceAll.setEnabled(allowed > 0);
            } catch (ApiException ex) {
                Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        showPreview.setId("find-preview");
        HorizontalLayout fields = new HorizontalLayout(find, replacement, matchCase, showPreview);
        fields.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        fields.setWrap(true);

        preview.setId("replace-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.addColumn(Replacement::position)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        preview.addComponentColumn(r -> text(r.before(), lang, dir))
                .setHeader(getTranslation("editor.find-replace-dialog.before"));
        preview.addComponentColumn(r -> text(r.after(), lang, dir))
                .setHeader(getTranslation("editor.find-replace-dialog.after"));
        String leftAlone = getTranslation("editor.find-replace-dialog.approved-left-alone");
        String approveAgain = getTranslation("editor.find-replace-dialog.approved-approve-again");
        preview.addColumn(r -> !r.allowed() ? leftAlone : r.status().isApproved() ? approveAgain : "")
                .setHeader("")
                .setAutoWidth(true);
        preview.setHeight("320px");
        summary.setId("replace-summary");
        add(fields, summary, preview);

        replaceAll.setId("replace-all");
        replaceAll.setEnabled(false);
        replaceAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        replaceAll.addClickListener(e -> {
            ReplaceOutcome outcome = service.apply(documentId, locale, planned);
            close();
            onReplaced.accept(outcome);
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), replaceAll);
    }

    private static Span text(String value, String lang, String dir) {
        Span span = new Span(value);
        span.getElement().setAttribute("lang", lang);
        span.getElement().setAttribute("dir", dir);
        return span;
    }
}
