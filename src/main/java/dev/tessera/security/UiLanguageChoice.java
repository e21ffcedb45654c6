package dev.tessera.security;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dev.tessera.shared.UiLanguage;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The language of each new page: the one the user chose on My account, else the one picked on the login page in
 * this session, else the first of the browser's languages Tessera speaks ({@code Accept-Language}), else English. An
 * Urdu page is right to left as a whole; source and target texts keep their own direction.
 */
@Component
class UiLanguageChoice implements VaadinServiceInitListener {

    private static final String PICKED = UiLanguageChoice.class.getName() + ".picked";

    private final UserService users;

    UiLanguageChoice(UserService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(
                        init -> apply(init.getUI(), language(init.getUI().getSession())));
    }

    private UiLanguage language(VaadinSession session) {
        return users.ownUiLanguage()
                .or(() -> Optional.ofNullable((UiLanguage) session.getAttribute(PICKED)))
                .orElseGet(UiLanguageChoice::browsers);
    }

    private static UiLanguage browsers() {
        VaadinRequest request = VaadinRequest.getCurrent();
        for (Locale locale :
                request == null ? Collections.<Locale>emptyList() : Collections.list(request.getLocales())) {
            UiLanguage language = UiLanguage.of(locale);
            if (language != UiLanguage.ENGLISH || locale.getLanguage().equals("en")) {
                return language;
            }
        }
        return UiLanguage.ENGLISH;
    }

    /** Switches the session to the language and draws the page again in it. */
    static void switchTo(UI ui, UiLanguage language) {
        ui.getSession().setAttribute(PICKED, language);
        apply(ui, language);
        ui.getPage().reload();
    }

    private static void apply(UI ui, UiLanguage language) {
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        // The page's language: screen readers and the choice of glyphs (Chinese, Urdu) follow it.
        ui.getPage().executeJs("document.documentElement.lang = $0", language.tag());
    }
}
