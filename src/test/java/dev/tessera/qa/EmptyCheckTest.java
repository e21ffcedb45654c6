package dev.tessera.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmptyCheckTest {

    private final EmptyCheck check = new EmptyCheck();

    @Test
    void nameAndSeverity() {
        assertThat(check.name()).isEqualTo("qa.empty");
        assertThat(check.defaultSeverity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void blankTargetsOfAnyScriptAreEmpty() {
        for (String blank : new String[] {"", " ", "\t\n", "\u00A0", "\u3000", "\u200B", " \u202F "}) {
            assertThat(check.findIssues("Hello.", blank, "en", "zh-Hans", CheckContext.NONE))
                    .as("[%s]", blank)
                    .containsExactly("The target is empty; write the translation.");
        }
    }

    @Test
    void anyVisibleTextIsNotEmpty() {
        assertThat(check.findIssues("Hello.", "你好。", "en", "zh-Hans", CheckContext.NONE))
                .isEmpty();
        assertThat(check.findIssues("Hello.", "سلام", "en", "ur", CheckContext.NONE))
                .isEmpty();
        assertThat(check.findIssues("Hello.", ".", "en", "fr", CheckContext.NONE))
                .isEmpty();
    }
}
