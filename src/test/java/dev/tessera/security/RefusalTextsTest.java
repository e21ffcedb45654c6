package dev.tessera.security;

import static dev.tessera.support.RefusalTexts.assertSaidInEveryLanguage;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tessera.shared.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A password refusal reads in the screens' English exactly as the API answers it, and every language has it. */
class RefusalTextsTest {

    @Test
    void passwordRefusalsReadAsTheApiSaysThem() {
        List<ApiException> refusals = List.of(
                PasswordPolicy.refusal("ana", "", false),
                PasswordPolicy.refusal("ana", "x".repeat(PasswordPolicy.MAX_LENGTH + 1), false),
                PasswordPolicy.refusal("ana", "short", false),
                PasswordPolicy.refusal("ana", "ana ana ana ana", false));
        refusals.forEach(refusal -> assertSaidInEveryLanguage(refusal));
    }

    @Test
    void anUnknownRoleReadsAsTheApiSaysIt() {
        assertThatThrownBy(() -> Role.parse("boss"))
                .isInstanceOfSatisfying(ApiException.class, refusal -> assertSaidInEveryLanguage(refusal));
    }
}
