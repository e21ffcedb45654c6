package dev.tessera.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceCheckTest {

    private final WhitespaceCheck check = new WhitespaceCheck();

    private List<String> issues(String source, String target, String targetLocale) {
        return check.findIssues(source, target, "en", targetLocale, CheckContext.NONE);
    }

    @Test
    void nameAndSeverity() {
        assertThat(check.name()).isEqualTo("qa.whitespace");
        assertThat(check.defaultSeverity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void matchingWhitespaceIsClean() {
        assertThat(issues("Good morning.", "Bonjour.", "fr")).isEmpty();
        assertThat(issues(" Good morning. ", " 早上好。 ", "zh-Hans")).isEmpty();
        assertThat(issues("Hello!", "Bonjour\u202F!", "fr")).isEmpty();
    }

    @Test
    void leadingWhitespace() {
        assertThat(issues("Good morning.", " صبح بخیر۔", "ur"))
                .containsExactly("Remove the whitespace at the start of the target.");
        assertThat(issues("  Good morning.", "صبح بخیر۔", "ur"))
                .containsExactly("The source starts with whitespace; add it at the start of the target.");
    }

    @Test
    void trailingWhitespace() {
        assertThat(issues("Good morning.", "早上好。\u3000", "zh-Hans"))
                .containsExactly("Remove the whitespace at the end of the target.");
        assertThat(issues("Good morning. ", "صباح الخير.", "ar"))
                .containsExactly("The source ends with whitespace; add it at the end of the target.");
    }

    @Test
    void doubledSpacesInTheTarget() {
        assertThat(issues("The old town.", "La  vieille ville.", "fr"))
                .containsExactly("Replace the doubled space in the target with a single space.");
        assertThat(issues("The old town.", "La  vieille\u00A0 ville.", "fr"))
                .containsExactly("Replace the 2 doubled spaces in the target with single spaces.");
        assertThat(issues("Column A  Column B", "Colonne A  Colonne B", "fr")).isEmpty();
    }
}
