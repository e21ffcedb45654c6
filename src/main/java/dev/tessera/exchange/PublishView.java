package dev.tessera.exchange;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Route;
import dev.tessera.project.ManagedProjectView;
import dev.tessera.project.ProjectAccess;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * A manager publishes the project: every document in the chosen locales and formats, written into the server's
 * {@code translations/<slug>/<locale>/}. URL: {@code /projects/{slug}/publish}.
 */
@Route("projects/:slug/publish")
@PermitAll
class PublishView extends ManagedProjectView {

    private final ExchangeService exchange;
    private final CheckboxGroup<String> locales = new CheckboxGroup<>();
    private final CheckboxGroup<ExportFormat> formats = new CheckboxGroup<>();
    private final Paragraph problem = new Paragraph();
    private final UnorderedList files = new UnorderedList();

    PublishView(ExchangeService exchange, ProjectService projects, ProjectAccess access) {
        super(projects, access, I18NProvider.translate("exchange.publish-view.page-name"));
        this.exchange = exchange;
        addClassName("publish-view");
        locales.setLabel(getTranslation("exchange.publish-view.locales"));
        formats.setLabel(getTranslation("exchange.publish-view.formats"));
    }

    @Override
    protected String titleOf(ProjectInfo project) {
        return getTranslation("exchange.publish-view.title", project.name());
    }

    @Override
    protected Paragraph denial(ProjectInfo project) {
        return denied("publish-denied", getTranslation("exchange.publish-view.denied"));
    }

    @Override
    protected void addContent(ProjectInfo project) {
        locales.setId("publish-locales");
        locales.setItems(project.targetLocales());
        formats.setId("publish-formats");
        formats.setItems(ExportFormat.values());
        formats.setItemLabelGenerator(ExportView::label);
        Button publish = new Button(
                getTranslation("exchange.publish-view.publish-button"), VaadinIcon.PAPERPLANE.create(), e -> publish());
        publish.setId("publish-button");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problem.setId("publish-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #c00)");
        problem.setVisible(false);
        files.setId("publish-files");
        files.setVisible(false);
        add(
                new Paragraph(getTranslation("exchange.publish-view.explanation", project.slug())),
                locales,
                formats,
                publish,
                problem,
                files);
    }

    private void publish() {
        files.removeAll();
        ProjectInfo project = project();
        try {
            ExchangeService.Published written = exchange.publish(
                    project.slug(),
                    project.targetLocales().stream()
                            .filter(locales.getValue()::contains)
                            .toList(),
                    java.util.Arrays.stream(ExportFormat.values())
                            .filter(formats.getValue()::contains)
                            .map(ExportFormat::code)
                            .toList());
            for (String path : written.files()) {
                List<Integer> repaired = written.repaired().getOrDefault(path, List.of());
                files.add(new ListItem(
                        repaired.isEmpty()
                                ? path
                                : getTranslation(
                                        "exchange.publish-view.repaired",
                                        path,
                                        String.join(
                                                ", ",
                                                repaired.stream()
                                                        .map(String::valueOf)
                                                        .toList()))));
            }
            files.setVisible(true);
            problem.setVisible(false);
        } catch (ApiException e) {
            problem.setText(Problems.text(e));
            problem.setVisible(true);
            files.setVisible(false);
        }
    }
}
