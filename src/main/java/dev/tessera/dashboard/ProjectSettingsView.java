package dev.tessera.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import dev.tessera.project.DocumentSummary;
import dev.tessera.project.ManagedProjectView;
import dev.tessera.project.MemberInfo;
import dev.tessera.project.ProjectAccess;
import dev.tessera.project.ProjectAdministration;
import dev.tessera.project.ProjectChange;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.translation.LocaleProgress;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationStatus;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project's manager renames it, opens or closes it, adds and removes target locales, and sets who is a member
 * with which role and locales. URL: {@code /projects/{slug}/settings}. A project the user cannot see is not found;
 * one they see without the manager role there says so.
 */
@Route("projects/:slug/settings")
@PermitAll
class ProjectSettingsView extends ManagedProjectView {

    private static final List<Role> MEMBER_ROLES = List.of(Role.TRANSLATOR, Role.REVIEWER, Role.MANAGER);

    private final ProjectService projects;
    private final ProjectAccess access;
    private final ProjectAdministration administration;
    private final TranslationService translations;

    ProjectSettingsView(
            ProjectService projects,
            ProjectAccess access,
            ProjectAdministration administration,
            TranslationService translations) {
        super(projects, access, "Project settings");
        this.projects = projects;
        this.access = access;
        this.administration = administration;
        this.translations = translations;
        addClassName("project-settings-view");
    }

    @Override
    protected String titleOf(ProjectInfo project) {
        return "Settings of " + project.name();
    }

    @Override
    protected Component heading(ProjectInfo project) {
        Component title = super.heading(project);
        title.setId("settings-title");
        return title;
    }

    @Override
    protected Paragraph denial(ProjectInfo project) {
        return denied(
                "settings-denied",
                "The settings of \"" + project.slug() + "\" need the manager role in"
                        + " the project; ask one of its managers.");
    }

    @Override
    protected void addContent(ProjectInfo project) {
        add(
                nameSection(),
                openSection(),
                localeSection(),
                memberSection(),
                new DocumentsAndDeletionSection(projects, administration, project, this::show));
    }

    private Div nameSection() {
        TextField name = new TextField("Name");
        name.setId("settings-name");
        name.setValue(project().name());
        name.setWidth("24em");
        Button rename = new Button(
                "Rename",
                e -> change(
                        () -> administration.update(project().slug(), new ProjectChange(name.getValue(), null, null)),
                        "Renamed to \"" + name.getValue().strip() + "\"."));
        rename.setId("settings-rename");
        HorizontalLayout row = new HorizontalLayout(name, rename);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return section("Name", row);
    }

    private Div openSection() {
        Checkbox open = new Checkbox("Open", project().open());
        open.setId("settings-open");
        Paragraph help = new Paragraph(
                "Open: every signed-in user works on it with their role. Closed: only members" + " see it.");
        Button save = new Button(
                "Save",
                e -> change(
                        () -> administration.update(project().slug(), new ProjectChange(null, open.getValue(), null)),
                        open.getValue() ? "The project is open." : "The project is closed: only its members see it."));
        save.setId("settings-save-open");
        HorizontalLayout row = new HorizontalLayout(open, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div section = section("Open or closed", help, row);
        if (project().open() && !isAdminOrMember()) {
            Paragraph warning = new Paragraph("You are not a member of this project: once it is closed you no longer"
                    + " see it either. Add yourself as a MANAGER member first to keep managing it.");
            warning.setId("settings-not-member-warning");
            warning.getStyle().set("color", "var(--lumo-warning-text-color, #8a6100)");
            section.add(warning);
        }
        return section;
    }

    private boolean isAdminOrMember() {
        return access.of(project())
                .map(a -> a.role() == Role.ADMIN
                        || administration.members(project().slug()).stream()
                                .anyMatch(m -> m.username().equals(a.username())))
                .orElse(false);
    }

    private Div localeSection() {
        Div list = new Div();
        list.setId("settings-locales");
        for (String locale : project().targetLocales()) {
            Span label = new Span(locale);
            label.addClassName("settings-locale-name");
            Button remove = new Button("Remove", VaadinIcon.TRASH.create(), e -> confirmRemoval(locale));
            remove.addClassName("settings-remove-locale");
            remove.getElement().setAttribute("data-locale", locale);
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(label, remove);
            row.addClassName("settings-locale");
            row.getElement().setAttribute("data-locale", locale);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            list.add(row);
        }
        TextField add = new TextField("Add a target locale");
        add.setId("settings-add-locale");
        add.setPlaceholder("e.g. zh-Hans");
        Button addButton = new Button("Add", VaadinIcon.PLUS.create(), e -> {
            List<String> locales = new ArrayList<>(project().targetLocales());
            locales.add(add.getValue().strip());
            change(
                    () -> administration.update(project().slug(), new ProjectChange(null, null, locales)),
                    "Added " + add.getValue().strip() + ".");
        });
        addButton.setId("settings-add-locale-button");
        HorizontalLayout addRow = new HorizontalLayout(add, addButton);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        return section("Target locales", list, addRow);
    }

    private void confirmRemoval(String locale) {
        long count;
        try {
            count = translationsIn(locale);
        } catch (ApiException e) {
            error(e);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(
                "Remove " + locale + "?",
                (count == 0 ? "No translations" : count == 1 ? "1 translation" : count + " translations") + " in "
                        + locale + " across the project's documents go with it, with their history. This cannot be"
                        + " undone.",
                "Remove " + locale,
                e -> {
                    List<String> locales = new ArrayList<>(project().targetLocales());
                    locales.remove(locale);
                    change(
                            () -> administration.update(project().slug(), new ProjectChange(null, null, locales)),
                            "Removed " + locale + ".");
                });
        dialog.addClassName("remove-locale-dialog");
        dialog.getElement().setAttribute("data-count", String.valueOf(count));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** Segments of every document of the project that are not UNTRANSLATED in the locale. */
    private long translationsIn(String locale) {
        List<DocumentSummary> documents = projects.documents(project().slug());
        Map<Long, List<LocaleProgress>> progress = translations.progress(project(), documents);
        int index = project().targetLocales().indexOf(locale);
        long count = 0;
        for (List<LocaleProgress> perLocale : progress.values()) {
            LocaleProgress p = perLocale.get(index);
            count += p.counts().entrySet().stream()
                    .filter(c -> c.getKey() != TranslationStatus.UNTRANSLATED)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }
        return count;
    }

    private Div memberSection() {
        Grid<MemberInfo> grid = new Grid<>();
        grid.setId("members-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(MemberInfo::username).setHeader("User").setFlexGrow(2);
        grid.addColumn(m -> m.role().name()).setHeader("Role").setFlexGrow(1);
        grid.addColumn(m -> m.locales().isEmpty() ? "all" : String.join(", ", m.locales()))
                .setHeader("Locales")
                .setFlexGrow(2);
        grid.addComponentColumn(m -> {
                    Button remove = new Button(
                            "Remove",
                            VaadinIcon.TRASH.create(),
                            e -> change(
                                    () -> administration.removeMember(project().slug(), m.username()),
                                    "\"" + m.username() + "\" is no longer a member."));
                    remove.addClassName("member-remove");
                    remove.getElement().setAttribute("data-username", m.username());
                    remove.addThemeVariants(
                            ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    return remove;
                })
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        try {
            grid.setItems(administration.members(project().slug()));
        } catch (ApiException e) {
            error(e);
        }

        TextField username = new TextField("Username");
        username.setId("member-username");
        Select<Role> role = new Select<>();
        role.setLabel("Role in the project");
        role.setId("member-role");
        role.setItems(MEMBER_ROLES);
        role.setValue(Role.TRANSLATOR);
        CheckboxGroup<String> locales = new CheckboxGroup<>("Locales (none ticked: all)");
        locales.setId("member-locales");
        locales.setItems(project().targetLocales());
        Button save = new Button("Save member", VaadinIcon.USER_CHECK.create(), e -> {
            String user = username.getValue().strip();
            List<String> chosen = project().targetLocales().stream()
                    .filter(locales.getValue()::contains)
                    .toList();
            change(
                    () -> administration.putMember(project().slug(), user, role.getValue(), chosen),
                    "\"" + user + "\" is a " + role.getValue() + " of the project"
                            + (chosen.isEmpty() ? "." : " for " + String.join(", ", chosen) + "."));
        });
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addItemClickListener(e -> {
            username.setValue(e.getItem().username());
            role.setValue(e.getItem().role());
            locales.setValue(new java.util.HashSet<>(e.getItem().locales()));
        });
        HorizontalLayout form = new HorizontalLayout(username, role, locales, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return section(
                "Members",
                new Paragraph("Members see the project even when it is closed and work in it with"
                        + " their role here (never above their own); with locales ticked, they write only those."),
                grid,
                form);
    }

    private static Div section(String heading, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H3(heading));
        section.add(content);
        section.addClassName("settings-section");
        section.setWidthFull();
        return section;
    }

    /** Runs a change; on success says so and shows the project as it is now, on refusal shows why. */
    private void change(Runnable action, String done) {
        try {
            action.run();
        } catch (ApiException e) {
            error(e);
            return;
        }
        Notification.show(done, 3000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reload();
    }

    private static void error(ApiException e) {
        Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
