package dev.tessera.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.tessera.shared.UiLanguage;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    LoginView(LoginHints hints) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setI18n(i18n("login.wrong.title", "login.wrong.message"));
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1("Tessera");
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        Select<UiLanguage> language = LanguageSection.languageSelect(getTranslation("login.language"));
        language.setId("login-language");
        language.setValue(UiLanguage.of(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UiLanguageChoice.switchTo(UI.getCurrent(), e.getValue());
            }
        });
        add(title, tagline, login);
        if (hints.showDemoUsers()) {
            Div hint = new Div();
            hint.addClassName("demo-hint");
            hint.setId("demo-hint");
            hint.setText(getTranslation("login.demo-hint"));
            add(hint);
        }
        add(language);
    }

    private LoginI18n i18n(String errorTitle, String errorMessage, Object... values) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(errorTitle));
        i18n.getErrorMessage().setMessage(getTranslation(errorMessage, values));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("login.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = VaadinSession.getCurrent() == null
                    ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof LockedException) {
                login.setI18n(i18n("login.locked.title", "login.locked.message", LoginThrottle.LOCK.toMinutes()));
            } else if (failure instanceof DisabledException) {
                login.setI18n(i18n("login.disabled.title", "login.disabled.message"));
            } else {
                login.setI18n(i18n("login.wrong.title", "login.wrong.message"));
            }
            login.setError(true);
        }
    }
}
