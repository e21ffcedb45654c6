package dev.tessera.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.UiLanguage;
import dev.tessera.ui.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A password refusal reads in the screens' English exactly as the API answers it, and every language has it. */
class RefusalTextsTest {

    private final Messages messages = new Messages();

    @Test
    void passwordRefusalsReadAsTheApiSaysThem() {
        List<ApiException> refusals = List.of(
                PasswordPolicy.refusal("ana", "", false),
                PasswordPolicy.refusal("ana", "x".repeat(PasswordPolicy.MAX_LENGTH + 1), false),
                PasswordPolicy.refusal("ana", "short", false),
                PasswordPolicy.refusal("ana", "ana ana ana ana", false));
        for (ApiException refusal : refusals) {
            assertThat(refusal.textKey()).as(refusal.getMessage()).isNotNull();
            for (UiLanguage language : UiLanguage.values()) {
                String shown = messages.getTranslation(
                        "problem." + refusal.textKey(), language.locale(), refusal.textValues());
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
}
