package dev.tessera.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The signed-in user's own settings, one section each. */
@Route("account")
@Menu(title = "My account", order = 90, icon = "vaadin:user")
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    AccountView(TokenService tokens, UserService users) {
        addClassName("account-view");
        setMaxWidth("60em");
        add(
                new H1(getTranslation("account.title")),
                new LanguageSection(users),
                new PasswordSection(users),
                new TokensSection(tokens));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("account.title"));
    }
}
