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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
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
@PageTitle("Audit · Tessera")
@Menu(title = "Audit", order = 20, icon = "vaadin:clipboard-text")
@RolesAllowed({"ADMIN", "MANAGER"})
class AuditView extends VerticalLayout {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final TextField user = new TextField("User");
    private final TextField project = new TextField("Project");
    private final DatePicker from = new DatePicker("From (UTC)");
    private final DatePicker to = new DatePicker("To (UTC)");
    private final Paragraph hint = new Paragraph();
    private final Grid<AuditRecord> grid = new Grid<>();
    private final Anchor csv = new Anchor();

    AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("audit-view");
        setSizeFull();
        user.setId("audit-user");
        project.setId("audit-project");
        project.setPlaceholder(audit.readsEverything() ? "every project" : "a project's slug");
        from.setId("audit-from");
        to.setId("audit-to");
        for (DatePicker day : List.of(from, to)) {
            day.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
            day.setClearButtonVisible(true);
            day.addValueChangeListener(e -> refresh());
        }
        for (TextField field : List.of(user, project)) {
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        csv.setId("audit-csv");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span(" CSV"));
        HorizontalLayout filters = new HorizontalLayout(user, project, from, to, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        hint.setId("audit-hint");
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> AT.format(r.at()))
                .setHeader("At (UTC)")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actor).setHeader("Actor").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::action)
                .setHeader("Action")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::target)
                .setHeader("Target")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::detail).setHeader("Detail").setFlexGrow(1);
        grid.addColumn(AuditRecord::project)
                .setHeader("Project")
                .setAutoWidth(true)
                .setFlexGrow(0);
        add(new H1("Audit"), filters, hint, grid);
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
            return "Managers read the log of one project at a time: enter its slug.";
        }
        if (since != null && until != null && since.isAfter(until)) {
            return "The first day is after the last.";
        }
        return null;
    }
}
