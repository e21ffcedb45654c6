package dev.tessera.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InconsistentCheckTest {

    private final InconsistentCheck check = new InconsistentCheck();

    private List<String> issues(String target, String targetLocale, String... others) {
        return check.findIssues(
                "The old town is quiet.", target, "en", targetLocale, new CheckContext(Arrays.asList(others)));
    }

    @Test
    void nameAndSeverity() {
        assertThat(check.name()).isEqualTo("qa.inconsistent");
        assertThat(check.defaultSeverity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void noOtherTranslationsIsClean() {
        assertThat(check.findIssues("The old town.", "老城。", "en", "zh-Hans", CheckContext.NONE))
                .isEmpty();
    }

    @Test
    void theSameTranslationElsewhereIsClean() {
        assertThat(issues("老城很安静。", "zh-Hans", "老城很安静。", " 老城很安静。 ")).isEmpty();
        assertThat(issues("پرانا شہر پرسکون ہے۔", "ur", "پرانا شہر پرسکون ہے۔")).isEmpty();
    }

    @Test
    void aDifferentTranslationElsewhereIsNamed() {
        assertThat(issues("老城很安静。", "zh-Hans", "老城区很安静。"))
                .containsExactly(
                        "The same source is translated elsewhere as \"老城区很安静。\"; use one translation for both.");
        assertThat(issues("La vieille ville est calme.", "fr", "La vieille ville est tranquille."))
                .singleElement()
                .asString()
                .contains("\"La vieille ville est tranquille.\"");
        assertThat(issues("المدينة القديمة هادئة.", "ar", "البلدة القديمة هادئة."))
                .hasSize(1);
    }

    @Test
    void eachDifferentRenderingOnceAndBlanksIgnored() {
        assertThat(issues("老城很安静。", "zh-Hans", "老城区很安静。", "", null, "老城区很安静。", "旧城很安静。", "老城很安静。"))
                .hasSize(2);
    }
}
