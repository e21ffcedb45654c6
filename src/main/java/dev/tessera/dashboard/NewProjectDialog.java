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
        setHeaderTitle(getTranslation("dashboard.new-project-dialog.title"));
        TextField slug = new TextField(getTranslation("dashboard.new-project-dialog.slug"));
        slug.setId("project-slug");
        slug.setHelperText(getTranslation("dashboard.new-project-dialog.slug-help"));
        TextField name = new TextField(getTranslation("common.name"));
        name.setId("project-name");
        TextField source = new TextField(getTranslation("dashboard.new-project-dialog.source-locale"), "en", "");
        source.setId("project-source");
        TextField targets = new TextField(getTranslation("dashboard.new-project-dialog.target-locales"));
        targets.setId("project-targets");
        targets.setHelperText(getTranslation("dashboard.new-project-dialog.target-locales-help"));
        add(new FormLayout(slug, name, source, targets));

        Button create = new Button(getTranslation("dashboard.new-project-dialog.create"), e -> {
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
                Notification.show(getTranslation("dashboard.new-project-dialog.created"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ApiException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        create.setId("create-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), create);
    }
}
