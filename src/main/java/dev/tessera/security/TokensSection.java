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
import dev.tessera.shared.Problems;
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
    private final TextField name = new TextField(getTranslation("common.name"));
    private final DatePicker expiry = new DatePicker(getTranslation("tokens.tokens-section.expiry"));

    TokensSection(TokenService tokens) {
        this.tokens = tokens;
        addClassName("tokens-section");
        setPadding(false);
        add(
                new H2(getTranslation("tokens.tokens-section.title")),
                new Paragraph(getTranslation("tokens.tokens-section.intro")));
        add(form(), grid());
        refresh();
    }

    private HorizontalLayout form() {
        name.setId("token-name");
        name.setPlaceholder(getTranslation("tokens.tokens-section.name-placeholder"));
        name.setMaxLength(TokenService.MAX_NAME_LENGTH);
        expiry.setId("token-expiry");
        expiry.setPlaceholder(getTranslation("tokens.tokens-section.expiry-placeholder"));
        expiry.setHelperText(getTranslation("tokens.tokens-section.expiry-help"));
        expiry.setClearButtonVisible(true);
        Button create =
                new Button(getTranslation("tokens.tokens-section.create"), VaadinIcon.KEY.create(), e -> create());
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, expiry, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private Grid<TokenInfo> grid() {
        grid.setId("token-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        String neverUsed = getTranslation("tokens.tokens-section.never-used");
        String neverExpires = getTranslation("tokens.tokens-section.never-expires");
        grid.addColumn(TokenInfo::name).setHeader(getTranslation("common.name")).setFlexGrow(2);
        grid.addColumn(t -> time(t.createdAt(), ""))
                .setHeader(getTranslation("tokens.tokens-section.created-column"))
                .setAutoWidth(true);
        grid.addColumn(t -> time(t.lastUsedAt(), neverUsed))
                .setHeader(getTranslation("tokens.tokens-section.last-used-column"))
                .setAutoWidth(true);
        grid.addColumn(t -> time(t.expiresAt(), neverExpires))
                .setHeader(getTranslation("tokens.tokens-section.expires-column"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> {
                    Button revoke = new Button(getTranslation("tokens.tokens-section.revoke"), e -> confirmRevoke(t));
                    revoke.addClassName("token-revoke");
                    revoke.getElement().setAttribute("data-name", t.name());
                    revoke.addThemeVariants(
                            ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    return revoke;
                })
                .setFlexGrow(0)
                .setWidth("8em");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("tokens.tokens-section.empty"));
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
            expiry.setErrorMessage(getTranslation("tokens.tokens-section.expiry-past"));
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
            name.setErrorMessage(Problems.text(e));
            name.setInvalid(true);
        }
    }

    /** The secret exists only now: it is shown in a dialog and then forgotten. */
    private void showOnce(TokenService.CreatedToken created) {
        Dialog dialog = new Dialog();
        dialog.setId("token-created");
        dialog.setHeaderTitle(getTranslation(
                "tokens.tokens-section.created-title", created.info().name()));
        String copied = getTranslation("tokens.tokens-section.copied");
        String copyFailed = getTranslation("tokens.tokens-section.copy-failed");
        Pre value = new Pre(created.token());
        value.setId("token-value");
        Button copy = new Button(
                getTranslation("tokens.tokens-section.copy"),
                VaadinIcon.COPY.create(),
                e -> value.getElement()
                        .executeJs("return navigator.clipboard.writeText($0)", created.token())
                        .then(
                                done -> Notification.show(copied, 2000, Notification.Position.BOTTOM_END),
                                failed -> Notification.show(copyFailed, 5000, Notification.Position.MIDDLE)));
        dialog.add(new Paragraph(getTranslation("tokens.tokens-section.copy-now")), value);
        Button done = new Button(getTranslation("tokens.tokens-section.done"), e -> dialog.close());
        done.setId("token-created-close");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(copy, done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private void confirmRevoke(TokenInfo token) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("tokens.tokens-section.revoke-title", token.name()),
                getTranslation("tokens.tokens-section.revoke-text"),
                getTranslation("tokens.tokens-section.revoke"),
                e -> {
                    try {
                        tokens.revoke(token.id());
                        Notification.show(
                                        getTranslation("tokens.tokens-section.revoked", token.name()),
                                        3000,
                                        Notification.Position.BOTTOM_END)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } catch (ApiException ex) {
                        Notification.show(Problems.text(ex), 5000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.addClassName("revoke-token-dialog");
        dialog.open();
    }

    private static String time(Instant instant, String absent) {
        return instant == null ? absent : TIME.format(instant);
    }
}
