package dev.tessera.dashboard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.tessera.project.DocumentSummary;
import dev.tessera.project.ProjectAdministration;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.shared.ApiException;

/**
 * A project's documents, renamed or deleted one by one, and the deletion of the whole project once its slug is
 * typed: the manager's destructive settings, kept apart from the others.
 */
class DocumentsAndDeletionSection extends Div {

    private final ProjectService projects;
    private final ProjectAdministration administration;
    private final ProjectInfo project;
    private final Runnable changed;

    DocumentsAndDeletionSection(
            ProjectService projects, ProjectAdministration administration, ProjectInfo project, Runnable changed) {
        this.projects = projects;
        this.administration = administration;
        this.project = project;
        this.changed = changed;
        setWidthFull();
        addClassName("settings-section");
        add(new H3("Documents"));
        for (DocumentSummary document : projects.documents(project.slug())) {
            add(documentRow(document));
        }
        add(new H3("Delete the project"), deletion());
    }

    private HorizontalLayout documentRow(DocumentSummary document) {
        TextField name = new TextField();
        name.setValue(document.name());
        name.addClassName("document-name");
        name.getElement().setAttribute("data-document", String.valueOf(document.id()));
        Button rename = new Button(
                "Rename",
                e -> act(
                        () -> administration.renameDocument(document.id(), name.getValue()),
                        "Renamed to " + name.getValue()));
        rename.addClassName("document-rename");
        Button delete = new Button("Delete", e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    "Delete " + document.name() + "?",
                    "Its " + document.segmentCount()
                            + " segments go with it, with every translation, history and comment in every locale.",
                    "Delete",
                    ok -> act(() -> administration.deleteDocument(document.id()), "Deleted " + document.name()));
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.addClassName("delete-document-dialog");
            confirm.open();
        });
        delete.addClassName("document-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row =
                new HorizontalLayout(name, rename, delete, new Span(document.segmentCount() + " segments"));
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    private Div deletion() {
        TextField confirm = new TextField("Type " + project.slug() + " to confirm");
        confirm.setId("settings-delete-confirm");
        confirm.setValueChangeMode(ValueChangeMode.EAGER);
        Button delete = new Button("Delete the project");
        delete.setId("settings-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.setEnabled(false);
        confirm.addValueChangeListener(e -> delete.setEnabled(project.slug().equals(e.getValue())));
        delete.addClickListener(e -> {
            try {
                administration.delete(project.slug(), confirm.getValue());
            } catch (ApiException problem) {
                Notification.show(problem.getMessage(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            Notification.show("Deleted " + project.name()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("");
        });
        return new Div(
                new Paragraph("Its documents, translations, history, comments, memberships and glossary links go;"
                        + " the glossaries stay."),
                confirm,
                delete);
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
        } catch (ApiException problem) {
            Notification.show(problem.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        changed.run();
    }
}
