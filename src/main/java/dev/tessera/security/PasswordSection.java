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
import dev.tessera.shared.Problems;

/** The signed-in user changes their password: the current one, the new one twice. */
class PasswordSection extends VerticalLayout {

    PasswordSection(UserService users) {
        setPadding(false);
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        current.setId("password-current");
        PasswordField next = new PasswordField(getTranslation("account.password.new"));
        next.setId("password-new");
        next.setHelperText(getTranslation("account.password.rule", PasswordPolicy.MIN_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("account.password.repeat"));
        repeat.setId("password-repeat");
        Button change = new Button(getTranslation("account.password.change"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("account.password.differ"));
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                repeat.setInvalid(false);
                Notification.show(getTranslation("account.password.changed"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ApiException problem) {
                Notification.show(Problems.text(problem), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        change.setId("password-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("account.password.title")), new FormLayout(current, next, repeat), change);
    }
}
