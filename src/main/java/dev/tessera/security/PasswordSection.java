package dev.tessera.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.tessera.shared.ApiException;

/** The signed-in user changes their password: the current one, the new one twice. */
class PasswordSection extends VerticalLayout {

    PasswordSection(UserService users) {
        setPadding(false);
        PasswordField current = new PasswordField("Current password");
        current.setId("password-current");
        PasswordField next = new PasswordField("New password");
        next.setId("password-new");
        next.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a phrase is easiest to remember.");
        PasswordField repeat = new PasswordField("New password again");
        repeat.setId("password-repeat");
        Button change = new Button("Change password", e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage("The two new passwords differ.");
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                repeat.setInvalid(false);
                Notification.show("Your password is changed.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ApiException problem) {
                Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        change.setId("password-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3("Password"), new FormLayout(current, next, repeat), change);
    }
}
