package dev.tessera.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/**
 * What the browser says when an action is refused: the REST API's English message stays as it is for programs and
 * logs, and the screens show a text of the page's language for the error's stable code, the server's detail in it.
 */
public final class Problems {

    private Problems() {}

    public static String text(Throwable problem) {
        if (DatabaseUnreachable.causes(problem)) {
            return I18NProvider.translate("problem.code.database-unavailable");
        }
        if (problem instanceof ApiException api && api.textKey() != null) {
            return I18NProvider.translate("problem." + api.textKey(), api.textValues());
        }
        String code = problem instanceof ApiException api ? api.code() : "other";
        return I18NProvider.translate(
                "problem.code." + code.replace('_', '-').toLowerCase(Locale.ROOT),
                String.valueOf(problem.getMessage()));
    }
}
