package dev.tessera.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.UiLanguage;
import dev.tessera.ui.Messages;

/** A refusal's text for the screens: the API's English word for word, and every other language has it. */
public final class RefusalTexts {

    private static final Messages MESSAGES = new Messages();

    private RefusalTexts() {}

    public static void assertSaidInEveryLanguage(ApiException refusal) {
        assertThat(refusal.textKey()).as(refusal.getMessage()).isNotNull();
        for (UiLanguage language : UiLanguage.values()) {
            String shown =
                    MESSAGES.getTranslation("problem." + refusal.textKey(), language.locale(), refusal.textValues());
            if (language == UiLanguage.ENGLISH) {
                assertThat(shown).isEqualTo(refusal.getMessage());
            } else {
                assertThat(shown)
                        .as("%s in %s", refusal.textKey(), language.tag())
                        .doesNotStartWith("!");
            }
        }
    }
}
