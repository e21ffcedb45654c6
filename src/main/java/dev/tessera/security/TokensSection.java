package dev.tessera.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.tessera.security.TokenService.TokenInfo;
import dev.tessera.shared.ApiException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The "API tokens" section of My account: the user's tokens, a form for a new one, revoking. */
class TokensSection extends VerticalLayout {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final TokenService tokens;
    private final Grid<TokenInfo> grid = new Grid<>();
    private final TextField name = new TextField("Name");
    private final DatePicker expiry = new DatePicker("Expires after");

    TokensSection(TokenService tokens) {
        this.tokens = tokens;
        addClassName("tokens-section");
        setPadding(false);
        add(
                new H2("API tokens"),
                new Paragraph("Scripts send a token as \"Authorization: Bearer <token>\" to the"
                        + " REST API and act as you, with your role. Give each script its own token, so that you can revoke it"
                        + " alone."));
        add(form(), grid());
        refresh();
    }

    private HorizontalLayout form() {
        name.setId("token-name");
        name.setPlaceholder("What the token is for");
        name.setMaxLength(TokenService.MAX_NAME_LENGTH);
        expiry.setId("token-expiry");
        expiry.setPlaceholder("Never");
        expiry.setHelperText("Optional: the token works through this day (UTC).");
        expiry.setClearButtonVisible(true);
        Button create = new Button("Create token", VaadinIcon.KEY.create(), e -> create());
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, expiry, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private Grid<TokenInfo> grid() {
        grid.setId("token-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.addColumn(TokenInfo::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(t -> time(t.createdAt(), "")).setHeader("Created").setAutoWidth(true);
        grid.addColumn(t -> time(t.lastUsedAt(), "never"))
                .setHeader("Last used")
                .setAutoWidth(true);
        grid.addColumn(t -> time(t.expiresAt(), "never")).setHeader("Expires").setAutoWidth(true);
        grid.addComponentColumn(t -> {
                    Button revoke = new Button("Revoke", e -> confirmRevoke(t));
                    revoke.addClassName("token-revoke");
                    revoke.getElement().setAttribute("data-name", t.name());
                    revoke.addThemeVariants(
                            ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    return revoke;
                })
                .setFlexGrow(0)
                .setWidth("8em");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No tokens yet.");
        return grid;
    }

    private void refresh() {
        grid.setItems(tokens.tokens());
        expiry.setMin(tokens.today());
    }

    private void create() {
        name.setInvalid(false);
        expiry.setInvalid(false);
        if (expiry.getValue() != null && expiry.getValue().isBefore(tokens.today())) {
            expiry.setErrorMessage("Choose today or a later day.");
            expiry.setInvalid(true);
            return;
        }
        try {
            TokenService.CreatedToken created = tokens.create(
                    name.getValue(), expiry.getValue() == null ? null : TokenService.expiryAtEndOf(expiry.getValue()));
            name.clear();
            expiry.clear();
            refresh();
            showOnce(created);
        } catch (ApiException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }

    /** The secret exists only now: it is shown in a dialog and then forgotten. */
    private static void showOnce(TokenService.CreatedToken created) {
        Dialog dialog = new Dialog();
        dialog.setId("token-created");
        dialog.setHeaderTitle("Token \"" + created.info().name() + "\" created");
        Pre value = new Pre(created.token());
        value.setId("token-value");
        Button copy = new Button(
                "Copy",
                VaadinIcon.COPY.create(),
                e -> value.getElement()
                        .executeJs("return navigator.clipboard.writeText($0)", created.token())
                        .then(
                                done -> Notification.show("Copied.", 2000, Notification.Position.BOTTOM_END),
                                failed -> Notification.show(
                                        "This browser does not allow copying here; select the token and"
                                                + " copy it by hand.",
                                        5000,
                                        Notification.Position.MIDDLE)));
        dialog.add(
                new Paragraph("Copy the token now: Tessera keeps only a hash of it and cannot show it again."), value);
        Button done = new Button("Done", e -> dialog.close());
        done.setId("token-created-close");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(copy, done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private void confirmRevoke(TokenInfo token) {
        ConfirmDialog dialog = new ConfirmDialog(
                "Revoke \"" + token.name() + "\"?",
                "Scripts that use this token are refused from now on. This cannot be undone.",
                "Revoke",
                e -> {
                    try {
                        tokens.revoke(token.id());
                        Notification.show("Revoked \"" + token.name() + "\".", 3000, Notification.Position.BOTTOM_END)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } catch (ApiException ex) {
                        Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.addClassName("revoke-token-dialog");
        dialog.open();
    }

    private static String time(Instant instant, String absent) {
        return instant == null ? absent : TIME.format(instant);
    }
}
