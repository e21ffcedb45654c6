package dev.tessera.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Tessera")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView(LoginHints hints) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check both and try again.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1("Tessera");
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph("Translation and glossary workbench");
        add(title, tagline, login);
        if (hints.showDemoUsers()) {
            Div hint = new Div();
            hint.addClassName("demo-hint");
            hint.setId("demo-hint");
            hint.setText("Demo mode: sign in as admin, manager, reviewer or translator; the password is the username.");
            add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = VaadinSession.getCurrent() == null
                    ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getForm().setTitle("Sign in");
            if (failure instanceof LockedException) {
                i18n.getErrorMessage().setTitle("Sign-in refused for now");
                i18n.getErrorMessage().setMessage(ApiAuthenticationErrors.LOCKED);
            } else if (failure instanceof DisabledException) {
                i18n.getErrorMessage().setTitle("Account disabled");
                i18n.getErrorMessage().setMessage("This account is disabled; ask an administrator.");
            } else {
                i18n.getErrorMessage().setTitle("Wrong username or password");
                i18n.getErrorMessage().setMessage("Check both and try again.");
            }
            login.setI18n(i18n);
            login.setError(true);
        }
    }
}
