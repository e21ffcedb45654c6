package dev.tessera.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.Sentence;
import dev.tessera.shared.UiLanguage;
import dev.tessera.ui.Messages;

/**
 * A refusal's (or a report sentence's) text for the screens: the API's English word for word, and every other
 * language has it.
 */
public final class RefusalTexts {

    private static final Messages MESSAGES = new Messages();

    private RefusalTexts() {}

    public static void assertSaidInEveryLanguage(ApiException refusal) {
        assertThat(refusal.textKey()).as(refusal.getMessage()).isNotNull();
        assertSaidInEveryLanguage(Sentence.of(refusal));
    }

    public static void assertSaidInEveryLanguage(Sentence sentence) {
        assertThat(sentence.key()).as(sentence.english()).isNotNull();
        for (UiLanguage language : UiLanguage.values()) {
            String shown = MESSAGES.getTranslation(
                    sentence.key(), language.locale(), sentence.values().toArray());
            if (language == UiLanguage.ENGLISH) {
                assertThat(shown).isEqualTo(sentence.english());
            } else {
                assertThat(shown).as("%s in %s", sentence.key(), language.tag()).doesNotStartWith("!");
            }
        }
    }
}
