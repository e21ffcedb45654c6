package dev.tessera.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.tessera.project.DocumentService;
import dev.tessera.project.DocumentSummary;
import dev.tessera.project.ProjectAccess;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.translation.LocaleStatistics;
import dev.tessera.translation.ProgressService;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationStatus;
import dev.tessera.translation.quality.QaSettingsService;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The start page: every project, its documents, and per target locale how far the translation is. */
@Route("")
@PageTitle("Projects · Tessera")
@Menu(title = "Projects", order = 0, icon = "vaadin:folder-open")
@PermitAll
class ProjectsView extends VerticalLayout {

    private final ProjectService projects;
    private final DocumentService documents;
    private final TranslationService translations;
    private final ProgressService progressService;
    private final QaSettingsService qaSettings;
    private final boolean manager;
    private final ProjectAccess access;

    ProjectsView(
            ProjectService projects,
            DocumentService documents,
            TranslationService translations,
            ProgressService progressService,
            QaSettingsService qaSettings,
            CurrentUser currentUser,
            ProjectAccess access) {
        this.access = access;
        this.qaSettings = qaSettings;
        this.projects = projects;
        this.documents = documents;
        this.translations = translations;
        this.progressService = progressService;
        this.manager = currentUser.hasRole(Role.MANAGER);
        addClassName("projects-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        H1 title = new H1("Projects");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.expand(title);
        if (manager) {
            Button create = new Button(
                    "New project", VaadinIcon.PLUS.create(), e -> new NewProjectDialog(projects, this::refresh).open());
            create.setId("new-project");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        add(header);
        List<ProjectInfo> all = projects.projects();
        if (all.isEmpty()) {
            add(new Paragraph(manager ? "No projects yet: create one." : "No projects yet."));
        }
        all.forEach(project -> add(card(project)));
    }

    private Div card(ProjectInfo project) {
        Div card = new Div();
        card.addClassName("project-card");
        card.getElement().setAttribute("data-slug", project.slug());
        H2 name = new H2(project.name());
        Span meta = new Span(
                project.slug() + " · " + project.sourceLocale() + " → " + String.join(", ", project.targetLocales()));
        meta.addClassName("project-meta");
        VerticalLayout heading = new VerticalLayout(name, meta);
        if (!project.open()) {
            Span closed = new Span("Closed");
            closed.addClassName("closed-badge");
            closed.getElement().setAttribute("title", "Only its members see this project.");
            closed.getStyle()
                    .set("font-size", "var(--lumo-font-size-xs)")
                    .set("padding", "0 0.5em")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("background", "var(--lumo-contrast-10pct)");
            heading.add(closed);
        }
        HorizontalLayout top = new HorizontalLayout(heading);
        top.setWidthFull();
        top.setPadding(false);
        // The manager's controls follow the role in this project, which membership can narrow.
        if (access.of(project).map(a -> a.includes(Role.MANAGER)).orElse(false)) {
            Button importButton = new Button(
                    "Import document",
                    VaadinIcon.UPLOAD.create(),
                    e -> new ImportDocumentDialog(documents, project.slug(), this::refresh).open());
            importButton.addClassName("import-document");
            Button qaButton = new Button(
                    "QA checks",
                    VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> new QaSettingsDialog(qaSettings, project, this::refresh).open());
            qaButton.addClassName("qa-settings");
            // Links by URL: the XLIFF import and publishing pages belong to the exchange feature.
            Anchor importXliff = new Anchor("projects/" + project.slug() + "/import-xliff", "Import XLIFF");
            importXliff.addClassName("import-xliff-link");
            importXliff.getStyle().set("white-space", "nowrap");
            Anchor publish = new Anchor("projects/" + project.slug() + "/publish", "Publish");
            publish.addClassName("publish-link");
            Anchor settings = new Anchor("projects/" + project.slug() + "/settings", "Settings");
            settings.addClassName("settings-link");
            top.add(qaButton, importButton, importXliff, publish, settings);
            top.setAlignItems(Alignment.CENTER);
        }
        card.add(top);
        List<DocumentSummary> docs = projects.documents(project.slug());
        if (docs.isEmpty()) {
            card.add(new Paragraph("No documents yet."));
        } else {
            card.add(documentGrid(project, docs));
        }
        return card;
    }

    private Grid<DocumentSummary> documentGrid(ProjectInfo project, List<DocumentSummary> docs) {
        Map<Long, List<LocaleStatistics>> statistics = new HashMap<>();
        docs.forEach(doc -> statistics.put(doc.id(), progressService.progress(doc.id())));
        Grid<DocumentSummary> grid = new Grid<>();
        grid.addClassName("document-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DocumentSummary::name).setHeader("Document").setFlexGrow(3);
        grid.addColumn(DocumentSummary::segmentCount)
                .setHeader("Segments")
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (int i = 0; i < project.targetLocales().size(); i++) {
            int index = i;
            grid.addComponentColumn(doc ->
                            progressCell(doc.id(), statistics.get(doc.id()).get(index)))
                    .setHeader(project.targetLocales().get(i))
                    .setFlexGrow(3);
        }
        grid.setItems(docs);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Div progressCell(long documentId, LocaleStatistics statistics) {
        Anchor open = new Anchor(
                "documents/" + documentId + "/" + statistics.locale(),
                "Open in " + statistics.locale() + " · " + Math.round(statistics.finishedShare() * 100) + "%");
        open.addClassName("open-editor");
        Div counts = new Div();
        counts.addClassName("status-counts");
        for (TranslationStatus status : TranslationStatus.values()) {
            Span chip = new Span(label(status) + " " + statistics.segments(status));
            chip.addClassNames("status-chip", "status-" + status.name().toLowerCase(Locale.ROOT));
            chip.getElement().setAttribute("data-status", status.name());
            chip.getElement().setAttribute("data-count", String.valueOf(statistics.segments(status)));
            counts.add(chip);
        }
        Div cell = new Div(
                open,
                stackedBar("segments", statistics.segments()),
                stackedBar("words", statistics.words()),
                counts,
                qaSummary(statistics));
        cell.addClassName("progress-bar-wrap");
        cell.getElement().setAttribute("data-locale", statistics.locale());
        return cell;
    }

    /** A bar of five colours, one per status, each as wide as its share; its title gives the numbers. */
    private static Div stackedBar(String unit, Map<TranslationStatus, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Div bar = new Div();
        bar.addClassNames("stacked-bar", "stacked-" + unit);
        StringBuilder title = new StringBuilder("By " + unit + ":");
        for (TranslationStatus status : TranslationStatus.values()) {
            long count = counts.getOrDefault(status, 0L);
            title.append(' ').append(label(status)).append(' ').append(count);
            if (count == 0 || total == 0) {
                continue;
            }
            Div part = new Div();
            part.addClassNames("stacked-part", "status-" + status.name().toLowerCase(Locale.ROOT));
            part.getStyle().set("width", (100.0 * count / total) + "%");
            part.getElement().setAttribute("data-status", status.name());
            part.getElement().setAttribute("data-count", String.valueOf(count));
            bar.add(part);
        }
        bar.getElement().setAttribute("title", title.toString());
        return bar;
    }

    private static Span qaSummary(LocaleStatistics statistics) {
        Span qa = new Span(statistics.errors() + " QA errors · " + statistics.warnings() + " warnings");
        qa.addClassName("qa-summary");
        qa.getElement().setAttribute("data-errors", String.valueOf(statistics.errors()));
        qa.getElement().setAttribute("data-warnings", String.valueOf(statistics.warnings()));
        return qa;
    }

    private static String label(TranslationStatus status) {
        String name = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
