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
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Route;
import dev.tessera.project.DocumentSummary;
import dev.tessera.project.ManagedProjectView;
import dev.tessera.project.MemberInfo;
import dev.tessera.project.ProjectAccess;
import dev.tessera.project.ProjectAdministration;
import dev.tessera.project.ProjectChange;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.project.ProjectSettingsSection;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import dev.tessera.translation.LocaleProgress;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationStatus;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A project's manager renames it, opens or closes it, adds and removes target locales, and sets who is a member
 * with which role and locales; other features add their sections ({@link ProjectSettingsSection}). URL: {@code /projects/{slug}/settings}. A project the user cannot see is not found;
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
    private final List<ProjectSettingsSection> otherSections;

    ProjectSettingsView(
            ProjectService projects,
            ProjectAccess access,
            ProjectAdministration administration,
            TranslationService translations,
            ObjectProvider<ProjectSettingsSection> otherSections) {
        super(projects, access, I18NProvider.translate("dashboard.project-settings-view.page-name"));
        this.projects = projects;
        this.access = access;
        this.administration = administration;
        this.translations = translations;
        this.otherSections = otherSections.orderedStream().toList();
        addClassName("project-settings-view");
    }

    @Override
    protected String titleOf(ProjectInfo project) {
        return getTranslation("dashboard.project-settings-view.title", project.name());
    }

    @Override
    protected Component heading(ProjectInfo project) {
        Component title = super.heading(project);
        title.setId("settings-title");
        return title;
    }

    @Override
    protected Paragraph denial(ProjectInfo project) {
        return denied("settings-denied", getTranslation("dashboard.project-settings-view.denied", project.slug()));
    }

    @Override
    protected void addContent(ProjectInfo project) {
        add(
                nameSection(),
                openSection(),
                localeSection(),
                new ReviewSettingsSection(administration, project, this::change),
                new AbbreviationsSection(administration, project, this::change));
        otherSections.forEach(section -> add(section.section(project)));
        add(memberSection(), new DocumentsAndDeletionSection(projects, administration, project, this::show));
    }

    private Div nameSection() {
        TextField name = new TextField(getTranslation("common.name"));
        name.setId("settings-name");
        name.setValue(project().name());
        name.setWidth("24em");
        Button rename = new Button(
                getTranslation("dashboard.project-settings-view.rename"),
                e -> change(
                        () -> administration.update(project().slug(), new ProjectChange(name.getValue(), null, null)),
                        getTranslation(
                                "dashboard.project-settings-view.renamed",
                                name.getValue().strip())));
        rename.setId("settings-rename");
        HorizontalLayout row = new HorizontalLayout(name, rename);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return section(getTranslation("common.name"), row);
    }

    private Div openSection() {
        Checkbox open = new Checkbox(
                getTranslation("dashboard.project-settings-view.open"),
                project().open());
        open.setId("settings-open");
        Paragraph help = new Paragraph(getTranslation("dashboard.project-settings-view.open-help"));
        Button save = new Button(
                getTranslation("common.save"),
                e -> change(
                        () -> administration.update(project().slug(), new ProjectChange(null, open.getValue(), null)),
                        open.getValue()
                                ? getTranslation("dashboard.project-settings-view.opened")
                                : getTranslation("dashboard.project-settings-view.closed")));
        save.setId("settings-save-open");
        HorizontalLayout row = new HorizontalLayout(open, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div section = section(getTranslation("dashboard.project-settings-view.open-or-closed"), help, row);
        if (project().open() && !isAdminOrMember()) {
            Paragraph warning = new Paragraph(getTranslation("dashboard.project-settings-view.not-member-warning"));
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
            Button remove =
                    new Button(getTranslation("common.remove"), VaadinIcon.TRASH.create(), e -> confirmRemoval(locale));
            remove.addClassName("settings-remove-locale");
            remove.getElement().setAttribute("data-locale", locale);
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(label, remove);
            row.addClassName("settings-locale");
            row.getElement().setAttribute("data-locale", locale);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            list.add(row);
        }
        TextField add = new TextField(getTranslation("dashboard.project-settings-view.add-locale"));
        add.setId("settings-add-locale");
        add.setPlaceholder(getTranslation("dashboard.project-settings-view.add-locale-placeholder"));
        Button addButton = new Button(getTranslation("common.add"), VaadinIcon.PLUS.create(), e -> {
            List<String> locales = new ArrayList<>(project().targetLocales());
            locales.add(add.getValue().strip());
            change(
                    () -> administration.update(project().slug(), new ProjectChange(null, null, locales)),
                    getTranslation(
                            "dashboard.project-settings-view.locale-added",
                            add.getValue().strip()));
        });
        addButton.setId("settings-add-locale-button");
        HorizontalLayout addRow = new HorizontalLayout(add, addButton);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        return section(getTranslation("dashboard.project-settings-view.target-locales"), list, addRow);
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
                getTranslation("dashboard.project-settings-view.remove-locale-title", locale),
                getTranslation("dashboard.project-settings-view.remove-locale-text", count, locale),
                getTranslation("dashboard.project-settings-view.remove-locale-confirm", locale),
                e -> {
                    List<String> locales = new ArrayList<>(project().targetLocales());
                    locales.remove(locale);
                    change(
                            () -> administration.update(project().slug(), new ProjectChange(null, null, locales)),
                            getTranslation("dashboard.project-settings-view.locale-removed", locale));
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
        grid.addColumn(MemberInfo::username)
                .setHeader(getTranslation("dashboard.project-settings-view.user"))
                .setFlexGrow(2);
        grid.addColumn(m -> roleName(m.role()))
                .setHeader(getTranslation("dashboard.project-settings-view.role"))
                .setFlexGrow(1);
        grid.addColumn(m -> m.locales().isEmpty()
                        ? getTranslation("dashboard.project-settings-view.all-locales")
                        : String.join(", ", m.locales()))
                .setHeader(getTranslation("dashboard.project-settings-view.locales"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.signsOff() ? getTranslation("dashboard.project-settings-view.signs-off-yes") : "")
                .setHeader(getTranslation("dashboard.project-settings-view.signs-off"))
                .setFlexGrow(1);
        grid.addComponentColumn(m -> {
                    Button remove = new Button(
                            getTranslation("common.remove"),
                            VaadinIcon.TRASH.create(),
                            e -> change(
                                    () -> administration.removeMember(project().slug(), m.username()),
                                    getTranslation("dashboard.project-settings-view.member-removed", m.username())));
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

        TextField username = new TextField(getTranslation("dashboard.project-settings-view.username"));
        username.setId("member-username");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("dashboard.project-settings-view.role-in-project"));
        role.setId("member-role");
        role.setItems(MEMBER_ROLES);
        role.setItemLabelGenerator(this::roleName);
        role.setValue(Role.TRANSLATOR);
        CheckboxGroup<String> locales =
                new CheckboxGroup<>(getTranslation("dashboard.project-settings-view.member-locales"));
        locales.setId("member-locales");
        locales.setItems(project().targetLocales());
        Checkbox signsOff = new Checkbox(getTranslation("dashboard.project-settings-view.member-signs-off"));
        signsOff.setId("member-signs-off");
        Button save = new Button(
                getTranslation("dashboard.project-settings-view.save-member"), VaadinIcon.USER_CHECK.create(), e -> {
                    String user = username.getValue().strip();
                    List<String> chosen = project().targetLocales().stream()
                            .filter(locales.getValue()::contains)
                            .toList();
                    change(
                            () -> administration.putMember(
                                    project().slug(), user, role.getValue(), chosen, signsOff.getValue()),
                            chosen.isEmpty()
                                    ? getTranslation(
                                            "dashboard.project-settings-view.member-saved",
                                            user,
                                            roleName(role.getValue()))
                                    : getTranslation(
                                            "dashboard.project-settings-view.member-saved-locales",
                                            user,
                                            roleName(role.getValue()),
                                            String.join(", ", chosen)));
                });
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addItemClickListener(e -> {
            username.setValue(e.getItem().username());
            role.setValue(e.getItem().role());
            locales.setValue(new java.util.HashSet<>(e.getItem().locales()));
            signsOff.setValue(e.getItem().signsOff());
        });
        HorizontalLayout form = new HorizontalLayout(username, role, locales, signsOff, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return section(
                getTranslation("dashboard.project-settings-view.members"),
                new Paragraph(getTranslation("dashboard.project-settings-view.members-help")),
                grid,
                form);
    }

    /** A role as this page names it: in capitals in English, as the API spells it. */
    private String roleName(Role role) {
        if (role == null) {
            return "";
        }
        return getTranslation(
                "dashboard.project-settings-view.role." + role.name().toLowerCase(Locale.ROOT));
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
        Notification.show(Problems.text(e), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
