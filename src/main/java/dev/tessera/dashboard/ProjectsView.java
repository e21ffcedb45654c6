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
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
import dev.tessera.translation.quality.LanguageCheckStatus;
import dev.tessera.translation.quality.QaSettingsService;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The start page: every project, its documents, and per target locale how far the translation is. */
@Route("")
@Menu(title = "Projects", order = 0, icon = "vaadin:folder-open")
@PermitAll
class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    private final ProjectService projects;
    private final DocumentService documents;
    private final TranslationService translations;
    private final ProgressService progressService;
    private final QaSettingsService qaSettings;
    private final LanguageCheckStatus languageChecks;
    private final boolean manager;
    private final ProjectAccess access;

    ProjectsView(
            ProjectService projects,
            DocumentService documents,
            TranslationService translations,
            ProgressService progressService,
            QaSettingsService qaSettings,
            LanguageCheckStatus languageChecks,
            CurrentUser currentUser,
            ProjectAccess access) {
        this.access = access;
        this.qaSettings = qaSettings;
        this.languageChecks = languageChecks;
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
        H1 title = new H1(getTranslation("dashboard.projects-view.title"));
        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.expand(title);
        if (manager) {
            Button create = new Button(
                    getTranslation("dashboard.projects-view.new-project"),
                    VaadinIcon.PLUS.create(),
                    e -> new NewProjectDialog(projects, this::refresh).open());
            create.setId("new-project");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        add(header);
        List<ProjectInfo> all = projects.projects();
        if (all.isEmpty()) {
            add(new Paragraph(
                    manager
                            ? getTranslation("dashboard.projects-view.no-projects-create")
                            : getTranslation("dashboard.projects-view.no-projects")));
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
            Span closed = new Span(getTranslation("dashboard.projects-view.closed"));
            closed.addClassName("closed-badge");
            closed.getElement().setAttribute("title", getTranslation("dashboard.projects-view.closed-tooltip"));
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
                    getTranslation("dashboard.projects-view.import-document"),
                    VaadinIcon.UPLOAD.create(),
                    e -> new ImportDocumentDialog(documents, project.slug(), this::refresh).open());
            importButton.addClassName("import-document");
            Button qaButton = new Button(
                    getTranslation("dashboard.projects-view.qa-checks"),
                    VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> new QaSettingsDialog(qaSettings, languageChecks, project, this::refresh).open());
            qaButton.addClassName("qa-settings");
            // Links by URL: the XLIFF import and publishing pages belong to the exchange feature, quality to review.
            String url = "projects/" + project.slug();
            Anchor importXliff =
                    new Anchor(url + "/import-xliff", getTranslation("dashboard.projects-view.import-xliff"));
            importXliff.addClassName("import-xliff-link");
            importXliff.getStyle().set("white-space", "nowrap");
            Anchor publish = new Anchor(url + "/publish", getTranslation("dashboard.projects-view.publish"));
            publish.addClassName("publish-link");
            Anchor settings = new Anchor(url + "/settings", getTranslation("dashboard.projects-view.settings"));
            settings.addClassName("settings-link");
            Anchor quality = new Anchor(url + "/quality", getTranslation("dashboard.projects-view.quality"));
            quality.addClassName("quality-link");
            top.add(qaButton, importButton, importXliff, publish, quality, settings);
            top.setAlignItems(Alignment.CENTER);
        }
        card.add(top);
        List<DocumentSummary> docs = projects.documents(project.slug());
        if (docs.isEmpty()) {
            card.add(new Paragraph(getTranslation("dashboard.projects-view.no-documents")));
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
        grid.addColumn(DocumentSummary::name)
                .setHeader(getTranslation("dashboard.projects-view.document"))
                .setFlexGrow(3);
        grid.addColumn(DocumentSummary::segmentCount)
                .setHeader(getTranslation("dashboard.projects-view.segments"))
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
        String editor = "documents/" + documentId + "/" + statistics.locale();
        Anchor open = new Anchor(
                editor,
                I18NProvider.translate(
                        "dashboard.projects-view.open-in",
                        statistics.locale(),
                        Math.round(statistics.finishedShare() * 100)));
        open.addClassName("open-editor");
        Div counts = new Div();
        counts.addClassName("status-counts");
        for (TranslationStatus status : TranslationStatus.values()) {
            Span chip = new Span(statusCount(status, statistics.segments(status)));
            chip.addClassNames("status-chip", "status-" + status.name().toLowerCase(Locale.ROOT));
            chip.getElement().setAttribute("data-status", status.name());
            chip.getElement().setAttribute("data-count", String.valueOf(statistics.segments(status)));
            counts.add(chip);
        }
        Div cell = new Div(
                open,
                stackedBar(
                        "segments",
                        statistics.segments(),
                        list -> I18NProvider.translate("dashboard.projects-view.by-segments", list)),
                stackedBar(
                        "words",
                        statistics.words(),
                        list -> I18NProvider.translate("dashboard.projects-view.by-words", list)),
                counts,
                qaSummary(statistics));
        cell.addClassName("progress-bar-wrap");
        cell.getElement().setAttribute("data-locale", statistics.locale());
        return cell;
    }

    /**
     * A bar of five colours, one per status, each as wide as its share; its title gives the numbers, as
     * {@code title} words them around the list of statuses and counts.
     */
    private static Div stackedBar(String unit, Map<TranslationStatus, Long> counts, UnaryOperator<String> title) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Div bar = new Div();
        bar.addClassNames("stacked-bar", "stacked-" + unit);
        List<String> numbers = new ArrayList<>();
        for (TranslationStatus status : TranslationStatus.values()) {
            long count = counts.getOrDefault(status, 0L);
            numbers.add(statusCount(status, count));
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
        bar.getElement().setAttribute("title", title.apply(String.join(" ", numbers)));
        return bar;
    }

    private static Span qaSummary(LocaleStatistics statistics) {
        Span qa = new Span(I18NProvider.translate(
                "dashboard.projects-view.qa-summary", statistics.errors(), statistics.warnings()));
        qa.addClassName("qa-summary");
        qa.getElement().setAttribute("data-errors", String.valueOf(statistics.errors()));
        qa.getElement().setAttribute("data-warnings", String.valueOf(statistics.warnings()));
        return qa;
    }

    /** A status and its count, e.g. "Draft 3". */
    private static String statusCount(TranslationStatus status, long count) {
        return I18NProvider.translate(
                "dashboard.projects-view.status-count", I18NProvider.translate("status." + status.name()), count);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("dashboard.projects-view.title"));
    }
}
