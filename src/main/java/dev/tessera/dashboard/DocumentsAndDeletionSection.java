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
import dev.tessera.shared.Problems;

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
        add(new H3(getTranslation("dashboard.documents-and-deletion-section.documents")));
        for (DocumentSummary document : projects.documents(project.slug())) {
            add(documentRow(document));
        }
        add(new H3(getTranslation("dashboard.documents-and-deletion-section.delete-project")), deletion());
    }

    private HorizontalLayout documentRow(DocumentSummary document) {
        TextField name = new TextField();
        name.setValue(document.name());
        name.addClassName("document-name");
        name.getElement().setAttribute("data-document", String.valueOf(document.id()));
        Button rename = new Button(
                getTranslation("dashboard.documents-and-deletion-section.rename"),
                e -> act(
                        () -> administration.renameDocument(document.id(), name.getValue()),
                        getTranslation("dashboard.documents-and-deletion-section.renamed", name.getValue())));
        rename.addClassName("document-rename");
        Button delete = new Button(getTranslation("common.delete"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("dashboard.documents-and-deletion-section.delete-document-title", document.name()),
                    getTranslation(
                            "dashboard.documents-and-deletion-section.delete-document-text", document.segmentCount()),
                    getTranslation("common.delete"),
                    ok -> act(
                            () -> administration.deleteDocument(document.id()),
                            getTranslation(
                                    "dashboard.documents-and-deletion-section.document-deleted", document.name())));
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.addClassName("delete-document-dialog");
            confirm.open();
        });
        delete.addClassName("document-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(
                name,
                rename,
                delete,
                new Span(getTranslation("dashboard.documents-and-deletion-section.segments", document.segmentCount())));
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    private Div deletion() {
        TextField confirm =
                new TextField(getTranslation("dashboard.documents-and-deletion-section.type-slug", project.slug()));
        confirm.setId("settings-delete-confirm");
        confirm.setValueChangeMode(ValueChangeMode.EAGER);
        Button delete = new Button(getTranslation("dashboard.documents-and-deletion-section.delete-project"));
        delete.setId("settings-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.setEnabled(false);
        confirm.addValueChangeListener(e -> delete.setEnabled(project.slug().equals(e.getValue())));
        delete.addClickListener(e -> {
            try {
                administration.delete(project.slug(), confirm.getValue());
            } catch (ApiException problem) {
                Notification.show(Problems.text(problem), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            Notification.show(
                            getTranslation("dashboard.documents-and-deletion-section.project-deleted", project.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("");
        });
        return new Div(
                new Paragraph(getTranslation("dashboard.documents-and-deletion-section.delete-project-text")),
                confirm,
                delete);
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
        } catch (ApiException problem) {
            Notification.show(Problems.text(problem), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        changed.run();
    }
}
