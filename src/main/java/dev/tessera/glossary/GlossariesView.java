package dev.tessera.glossary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Every glossary with its totals; managers create glossaries here. */
@Route("glossaries")
@Menu(title = "Glossaries", order = 1, icon = "vaadin:book")
@PermitAll
class GlossariesView extends VerticalLayout implements HasDynamicTitle {

    private final GlossaryService glossaries;
    private final Grid<GlossarySummary> grid = new Grid<>();

    GlossariesView(GlossaryService glossaries, CurrentUser currentUser) {
        this.glossaries = glossaries;
        addClassName("glossaries-view");
        H1 title = new H1(getTranslation("glossary.glossaries-view.title"));
        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.expand(title);
        add(header);
        if (currentUser.hasRole(Role.MANAGER)) {
            TextField name = new TextField();
            name.setPlaceholder(getTranslation("glossary.glossaries-view.new-name"));
            name.addClassName("new-glossary-name");
            Button create = new Button(
                    getTranslation("glossary.glossaries-view.new-glossary"),
                    VaadinIcon.PLUS.create(),
                    e -> create(name));
            create.addClassName("new-glossary");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(name, create);
        }
        grid.addClassName("glossary-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.addComponentColumn(g -> {
                    String href = "glossaries/" + g.id();
                    Anchor open = new Anchor(href, g.name());
                    open.addClassName("open-glossary");
                    open.getElement().setAttribute("data-id", String.valueOf(g.id()));
                    return open;
                })
                .setHeader(getTranslation("glossary.glossaries-view.glossary-column"))
                .setFlexGrow(3);
        grid.addColumn(GlossarySummary::concepts)
                .setHeader(getTranslation("glossary.glossaries-view.concepts-column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(GlossarySummary::terms)
                .setHeader(getTranslation("glossary.glossaries-view.terms-column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private void refresh() {
        List<GlossarySummary> all = glossaries.glossaries();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        getChildren().filter(Paragraph.class::isInstance).toList().forEach(this::remove);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("glossary.glossaries-view.empty")));
        }
    }

    private void create(TextField name) {
        try {
            GlossarySummary created = glossaries.create(name.getValue());
            name.clear();
            refresh();
            Notification.show(
                            getTranslation("glossary.glossaries-view.created", created.name()),
                            3000,
                            Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ApiException e) {
            name.setInvalid(true);
            name.setErrorMessage(Problems.text(e));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("glossary.glossaries-view.title"));
    }
}
