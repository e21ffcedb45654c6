package dev.tessera.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdenticalCheckTest {

    private final IdenticalCheck check = new IdenticalCheck();

    private List<String> issues(String source, String target, String targetLocale) {
        return check.findIssues(source, target, "en", targetLocale, CheckContext.NONE);
    }

    @Test
    void nameAndSeverity() {
        assertThat(check.name()).isEqualTo("qa.identical");
        assertThat(check.defaultSeverity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aCopiedSourceIsReportedIgnoringCaseAndWhitespace() {
        String message = "The target is the same as the source; translate it.";
        assertThat(issues("The old town.", "The old town.", "zh-Hans")).containsExactly(message);
        assertThat(issues("The old town.", "the  OLD town. ", "ur")).containsExactly(message);
        assertThat(issues("Restaurant", "restaurant", "fr")).containsExactly(message);
    }

    @Test
    void translationsAreClean() {
        assertThat(issues("The old town.", "老城。", "zh-Hans")).isEmpty();
        assertThat(issues("The old town.", "پرانا شہر۔", "ur")).isEmpty();
        assertThat(issues("The old town.", "المدينة القديمة.", "ar")).isEmpty();
        assertThat(issues("The old town.", "La vieille ville.", "fr")).isEmpty();
    }

    @Test
    void sourcesWithoutWordsMayStayAsTheyAre() {
        assertThat(issues("2021", "2021", "zh-Hans")).isEmpty();
        assertThat(issues("https://example.org/map", "https://example.org/map", "ar"))
                .isEmpty();
        assertThat(issues("A4-200, B_12", "A4-200, B_12", "ur")).isEmpty();
        assertThat(issues("info@example.org", "info@example.org", "fr")).isEmpty();
    }

    @Test
    void wordsNextToCodesStillNeedTranslating() {
        assertThat(issues("Order 978-3-16 now", "order 978-3-16 NOW", "ar"))
                .containsExactly("The target is the same as the source; translate it.");
    }
}
