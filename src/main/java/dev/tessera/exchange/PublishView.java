package dev.tessera.exchange;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * A manager publishes the project: every document in the chosen locales and formats, written into the server's
 * {@code translations/<slug>/<locale>/}. URL: {@code /projects/{slug}/publish}.
 */
@Route("projects/:slug/publish")
@PermitAll
class PublishView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final ExchangeService exchange;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final CheckboxGroup<String> locales = new CheckboxGroup<>("Locales");
    private final CheckboxGroup<ExportFormat> formats = new CheckboxGroup<>("Formats");
    private final Paragraph problem = new Paragraph();
    private final UnorderedList files = new UnorderedList();
    private ProjectInfo project;

    PublishView(ExchangeService exchange, ProjectService projects, CurrentUser currentUser) {
        this.exchange = exchange;
        this.projects = projects;
        this.currentUser = currentUser;
        addClassName("publish-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            project = projects.project(event.getRouteParameters().get("slug").orElse(""));
        } catch (ApiException e) {
            event.rerouteToError(NotFoundException.class, "There is no such project.");
            return;
        }
        build();
    }

    @Override
    public String getPageTitle() {
        return project == null ? "Publish · Tessera" : "Publish " + project.name() + " · Tessera";
    }

    private void build() {
        removeAll();
        add(new Anchor("", "Back to the projects"), new H2("Publish " + project.name()));
        if (!currentUser.hasRole(Role.MANAGER)) {
            Paragraph denied = new Paragraph("Publishing needs the manager role; ask a manager to publish.");
            denied.setId("publish-denied");
            add(denied);
            return;
        }
        locales.setId("publish-locales");
        locales.setItems(project.targetLocales());
        formats.setId("publish-formats");
        formats.setItems(ExportFormat.values());
        formats.setItemLabelGenerator(ExportFormat::label);
        Button publish = new Button("Publish", VaadinIcon.PAPERPLANE.create(), e -> publish());
        publish.setId("publish-button");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problem.setId("publish-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #c00)");
        problem.setVisible(false);
        files.setId("publish-files");
        files.setVisible(false);
        add(new Paragraph("Every document of the project is written into translations/" + project.slug()
                + "/<locale>/ on the server, replacing earlier files of the same name. Plain text needs every"
                + " segment finished."), locales, formats, publish, problem, files);
    }

    private void publish() {
        files.removeAll();
        try {
            List<String> written = exchange.publish(project.slug(),
                    project.targetLocales().stream().filter(locales.getValue()::contains).toList(),
                    java.util.Arrays.stream(ExportFormat.values()).filter(formats.getValue()::contains)
                            .map(ExportFormat::code).toList());
            written.forEach(path -> files.add(new ListItem(path)));
            files.setVisible(true);
            problem.setVisible(false);
        } catch (ApiException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
            files.setVisible(false);
        }
    }
}
