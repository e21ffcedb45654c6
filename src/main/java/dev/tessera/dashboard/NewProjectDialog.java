package dev.tessera.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import dev.tessera.project.NewProject;
import dev.tessera.project.ProjectService;
import dev.tessera.shared.ApiException;
import java.util.Arrays;

/** A manager creates a project: slug, name, source locale and target locales. */
class NewProjectDialog extends Dialog {

    NewProjectDialog(ProjectService projects, Runnable onCreated) {
        setHeaderTitle("New project");
        TextField slug = new TextField("Slug");
        slug.setId("project-slug");
        slug.setHelperText("a-z, 0-9 and hyphens; used in URLs and folder names");
        TextField name = new TextField("Name");
        name.setId("project-name");
        TextField source = new TextField("Source locale", "en", "");
        source.setId("project-source");
        TextField targets = new TextField("Target locales");
        targets.setId("project-targets");
        targets.setHelperText("Comma-separated, for example zh-Hans, ur, fr");
        add(new FormLayout(slug, name, source, targets));

        Button create = new Button("Create", e -> {
            try {
                projects.create(new NewProject(
                        slug.getValue().strip(),
                        name.getValue(),
                        source.getValue(),
                        Arrays.stream(targets.getValue().split(","))
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .toList()));
                close();
                onCreated.run();
                Notification.show("Project created").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ApiException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        create.setId("create-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }
}
