package dev.tessera.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import jakarta.annotation.security.RolesAllowed;

/** Administrators create users, change their role and name, reset their password, disable and enable them. */
@Route("users")
@Menu(title = "Users", order = 80, icon = "vaadin:users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final Grid<UserSummary> grid = new Grid<>();

    UsersView(UserService users) {
        this.users = users;
        addClassName("users-view");
        Button create =
                new Button(getTranslation("users.users-view.new-user"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.setId("user-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("users-grid");
        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("users.users-view.username"))
                .setSortable(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("common.name"));
        grid.addColumn(user -> getTranslation("role." + user.role().name()))
                .setHeader(getTranslation("users.users-view.role"));
        String enabledText = getTranslation("users.users-view.enabled");
        String disabledText = getTranslation("users.users-view.disabled");
        grid.addColumn(user -> user.enabled() ? enabledText : disabledText)
                .setHeader(getTranslation("users.users-view.account"));
        grid.addComponentColumn(user -> {
                    Button edit = new Button(getTranslation("common.edit"), e -> edit(user));
                    edit.addClassName("user-edit");
                    edit.getElement().setAttribute("data-username", user.username());
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    return edit;
                })
                .setHeader("")
                .setFlexGrow(0)
                .setWidth("7em");
        add(new H2(getTranslation("users.users-view.title")), create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.users());
    }

    /** The dialog for a new user (null) or a change of one. */
    private void edit(UserSummary user) {
        Dialog dialog = new Dialog();
        dialog.setId("user-dialog");
        dialog.setHeaderTitle(
                user == null
                        ? getTranslation("users.users-view.new-user")
                        : getTranslation("users.users-view.change-title", user.username()));
        TextField username = new TextField(getTranslation("users.users-view.username"));
        username.setId("user-username");
        TextField displayName = new TextField(getTranslation("users.users-view.display-name"));
        displayName.setId("user-display-name");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.users-view.role"));
        role.setId("user-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        PasswordField password = new PasswordField(
                user == null
                        ? getTranslation("users.users-view.initial-password")
                        : getTranslation("users.users-view.new-password"));
        password.setId("user-password");
        Checkbox enabled = new Checkbox(getTranslation("users.users-view.enabled-checkbox"));
        enabled.setId("user-enabled");
        FormLayout form = new FormLayout(username, displayName, role, password);
        if (user == null) {
            role.setValue(Role.TRANSLATOR);
        } else {
            username.setValue(user.username());
            username.setReadOnly(true);
            displayName.setValue(user.displayName());
            role.setValue(user.role());
            enabled.setValue(user.enabled());
            form.add(enabled);
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                if (user == null) {
                    users.create(new UserService.NewUser(
                            username.getValue(), displayName.getValue(), role.getValue(), password.getValue()));
                } else {
                    users.update(
                            user.username(),
                            new UserService.UserChange(
                                    displayName.getValue(),
                                    role.getValue(),
                                    enabled.getValue(),
                                    password.isEmpty() ? null : password.getValue()));
                }
                dialog.close();
                refresh();
                Notification.show(getTranslation("users.users-view.saved", username.getValue()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ApiException problem) {
                Notification.show(Problems.text(problem), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("users.users-view.title"));
    }
}
