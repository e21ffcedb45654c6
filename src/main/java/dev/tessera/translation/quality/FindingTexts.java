package dev.tessera.translation.quality;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.qa.Finding;
import dev.tessera.qa.QaMessage;
import dev.tessera.translation.SegmentFinding;
import java.util.List;
import java.util.Locale;

/** A QA finding's sentence in the page's language, where the check gave it a key; else its English sentence. */
public final class FindingTexts {

    private FindingTexts() {}

    public static String text(Finding finding) {
        return shown(finding.message(), finding.key(), finding.args());
    }

    public static String text(SegmentFinding finding) {
        return shown(finding.message(), finding.messageKey(), finding.messageArgs());
    }

    private static String shown(String english, String key, List<String> args) {
        return key == null
                ? english
                : I18NProvider.translate(
                        "qa-message." + key,
                        QaMessage.values(
                                args,
                                UI.getCurrent() == null
                                        ? Locale.ENGLISH
                                        : UI.getCurrent().getLocale()));
    }
}
