package dev.tessera.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PunctuationCheckTest {

    private final PunctuationCheck check = new PunctuationCheck();

    private List<String> issues(String source, String target, String targetLocale) {
        return check.findIssues(source, target, "en", targetLocale, CheckContext.NONE);
    }

    @Test
    void nameAndSeverity() {
        assertThat(check.name()).isEqualTo("qa.punctuation");
        assertThat(check.defaultSeverity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void fullStopsOfEveryScriptMatch() {
        assertThat(issues("The river is wide.", "河很宽。", "zh-Hans")).isEmpty();
        assertThat(issues("The river is wide.", "دریا چوڑا ہے۔", "ur")).isEmpty();
        assertThat(issues("The river is wide.", "النهر واسع.", "ar")).isEmpty();
        assertThat(issues("The river is wide.", "La rivière est large.", "fr")).isEmpty();
        assertThat(issues("The river is wide.", "河很宽．", "ja")).isEmpty();
    }

    @Test
    void questionAndExclamationMarksOfEveryScriptMatch() {
        assertThat(issues("Where is the station?", "اسٹیشن کہاں ہے؟", "ur")).isEmpty();
        assertThat(issues("Where is the station?", "أين المحطة؟", "ar")).isEmpty();
        assertThat(issues("Where is the station?", "车站在哪里？", "zh-Hans")).isEmpty();
        assertThat(issues("Where is the station?", "Où est la gare\u202F?", "fr"))
                .isEmpty();
        assertThat(issues("Welcome!", "欢迎！", "zh-Hans")).isEmpty();
        assertThat(issues("Wait...", "等等……", "zh-Hans")).isEmpty();
        assertThat(issues("Wait…", "Attendez...", "fr")).isEmpty();
    }

    @Test
    void closingQuotesAndBracketsAreLookedThrough() {
        assertThat(issues("He said \"Go.\"", "他说：“走。”", "zh-Hans")).isEmpty();
        assertThat(issues("(See the map.)", "（见地图。）", "zh-Hans")).isEmpty();
        assertThat(issues("He asked: «Why?»", "Il a demandé : « Pourquoi ? »", "fr"))
                .isEmpty();
    }

    @Test
    void aMissingEndIsReportedWithTheTargetScriptsMark() {
        assertThat(issues("The river is wide.", "河很宽", "zh-Hans"))
                .containsExactly("The source ends with a full stop; end the target with \"。\".");
        assertThat(issues("The river is wide.", "دریا چوڑا ہے", "ur"))
                .containsExactly("The source ends with a full stop; end the target with \"۔\".");
        assertThat(issues("Where is it?", "کہاں ہے", "ur"))
                .containsExactly("The source ends with a question mark; end the target with \"؟\".");
    }

    @Test
    void aDifferentEndIsReported() {
        assertThat(issues("Where is the station?", "La gare est là.", "fr"))
                .containsExactly("The source ends with a question mark but the target with a full stop; use \"?\".");
        assertThat(issues("Where is the station?", "أين المحطة.", "ar"))
                .containsExactly("The source ends with a question mark but the target with a full stop; use \"؟\".");
        assertThat(issues("Welcome.", "欢迎！", "zh-Hans")).hasSize(1);
    }

    @Test
    void anEndTheSourceDoesNotHaveIsReported() {
        assertThat(issues("Chapter one", "第一章。", "zh-Hans"))
                .containsExactly("The target ends with a full stop but the source does not; remove it.");
        assertThat(issues("Chapter one", "Chapitre un", "fr")).isEmpty();
    }
}
