package dev.tessera.audit;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.tessera.shared.DatePickerTexts;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Who did what and when: the audit log filtered by user, project and days (UTC), and its CSV download. */
@Route("audit")
@Menu(title = "Audit", order = 20, icon = "vaadin:clipboard-text")
@RolesAllowed({"ADMIN", "MANAGER"})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final TextField user = new TextField(getTranslation("audit.audit-view.user"));
    private final TextField project = new TextField(getTranslation("audit.audit-view.project"));
    private final DatePicker from = new DatePicker(getTranslation("audit.audit-view.from"));
    private final DatePicker to = new DatePicker(getTranslation("audit.audit-view.to"));
    private final Paragraph hint = new Paragraph();
    private final Grid<AuditRecord> grid = new Grid<>();
    private final Anchor csv = new Anchor();

    AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("audit-view");
        setSizeFull();
        user.setId("audit-user");
        project.setId("audit-project");
        project.setPlaceholder(
                audit.readsEverything()
                        ? getTranslation("audit.audit-view.project-placeholder-all")
                        : getTranslation("audit.audit-view.project-placeholder-slug"));
        from.setId("audit-from");
        to.setId("audit-to");
        for (DatePicker day : List.of(from, to)) {
            day.setI18n(DatePickerTexts.i18n(getLocale()));
            day.setClearButtonVisible(true);
            day.addValueChangeListener(e -> refresh());
        }
        for (TextField field : List.of(user, project)) {
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        csv.setId("audit-csv");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("audit.audit-view.csv")));
        HorizontalLayout filters = new HorizontalLayout(user, project, from, to, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        hint.setId("audit-hint");
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> AT.format(r.at()))
                .setHeader(getTranslation("audit.audit-view.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actor)
                .setHeader(getTranslation("audit.audit-view.actor"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::action)
                .setHeader(getTranslation("audit.audit-view.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::target)
                .setHeader(getTranslation("audit.audit-view.target"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::detail)
                .setHeader(getTranslation("audit.audit-view.detail"))
                .setFlexGrow(1);
        grid.addColumn(AuditRecord::project)
                .setHeader(getTranslation("audit.audit-view.project"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        add(new H1(getTranslation("audit.audit-view.title")), filters, hint, grid);
        expand(grid);
        refresh();
    }

    /** Reloads the grid and points the CSV link at the filter as it is now. */
    private void refresh() {
        String who = user.getValue();
        String slug = project.getValue();
        Instant since = AuditTimes.startOf(from.getValue());
        Instant until = AuditTimes.endOf(to.getValue());
        String problem = problem(slug, since, until);
        hint.setText(problem == null ? "" : problem);
        hint.setVisible(problem != null);
        csv.setVisible(problem == null);
        if (problem != null) {
            grid.setItems(List.of());
            return;
        }
        grid.setItems(query ->
                audit.page(who, slug, since, until, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        csv.setHref((DownloadEvent event) -> {
            event.setFileName("audit.csv");
            event.setContentType(AuditApi.CSV.toString());
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                AuditCsv.write(audit.entries(who, slug, since, until, AuditService.MAX_ROWS), out);
            }
        });
        csv.getElement().setAttribute("download", "audit.csv");
    }

    private String problem(String slug, Instant since, Instant until) {
        if (slug.isBlank() && !audit.readsEverything()) {
            return getTranslation("audit.audit-view.slug-needed");
        }
        if (since != null && until != null && since.isAfter(until)) {
            return getTranslation("audit.audit-view.days-reversed");
        }
        return null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("audit.audit-view.title"));
    }
}
