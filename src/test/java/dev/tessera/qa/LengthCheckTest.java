package dev.tessera.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LengthCheckTest {

    private final LengthCheck check = new LengthCheck();

    private static final String SOURCE = "The museum is open every day from nine to five."; // 47 characters

    private List<String> issues(String source, String target, String sourceLocale, String targetLocale) {
        return check.findIssues(source, target, sourceLocale, targetLocale, CheckContext.NONE);
    }

    @Test
    void nameAndSeverity() {
        assertThat(check.name()).isEqualTo("qa.length");
        assertThat(check.defaultSeverity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void ordinaryTranslationsAreClean() {
        assertThat(issues(SOURCE, "博物馆每天九点到五点开放。", "en", "zh-Hans")).isEmpty();
        assertThat(issues(SOURCE, "عجائب گھر ہر روز نو سے پانچ بجے تک کھلا رہتا ہے۔", "en", "ur"))
                .isEmpty();
        assertThat(issues(SOURCE, "المتحف مفتوح كل يوم من التاسعة إلى الخامسة.", "en", "ar"))
                .isEmpty();
        assertThat(issues(SOURCE, "Le musée est ouvert tous les jours de neuf heures à dix-sept heures.", "en", "fr"))
                .isEmpty();
    }

    @Test
    void aFarTooShortTargetIsReported() {
        assertThat(issues(SOURCE, "博物馆。", "en", "zh-Hans"))
                .containsExactly(
                        "The target is much shorter than the source (4 against 47 characters); check that nothing is left out.");
        assertThat(issues(SOURCE, "Le musée.", "en", "fr")).hasSize(1);
        assertThat(issues(SOURCE, "عجائب گھر۔", "en", "ur")).hasSize(1);
    }

    @Test
    void aFarTooLongTargetIsReported() {
        String longChinese = "博物馆每天九点到五点开放，周一除外，节假日期间开放时间可能会有所调整，请提前查询官方网站或致电咨询处。";
        assertThat(issues(SOURCE, longChinese.substring(0, 20), "en", "zh-Hans"))
                .isEmpty();
        assertThat(issues(SOURCE, longChinese + longChinese, "en", "zh-Hans"))
                .singleElement()
                .asString()
                .startsWith("The target is much longer than the source");
        assertThat(issues(SOURCE, SOURCE.repeat(4), "en", "fr")).hasSize(1);
    }

    @Test
    void theRatioDependsOnTheLanguagePair() {
        // a Chinese length that is normal for an English source is far too short for a French one
        String target = "博物馆每天九点到五点开放。";
        assertThat(issues(SOURCE, target, "en", "zh-Hans")).isEmpty();
        assertThat(issues(SOURCE, "Le musée est ouvert tous les jours.", "en", "fr"))
                .isEmpty();
        assertThat(issues(SOURCE, "Le musée ouvre.", "en", "fr")).hasSize(1);
        // and an English length that is normal for a Chinese source would be far too long for a French one
        assertThat(issues("博物馆每天九点到五点开放。", SOURCE, "zh-Hans", "en")).isEmpty();
        assertThat(issues("Le musée ouvre à 9h.", SOURCE.repeat(2), "fr", "en")).hasSize(1);
    }

    @Test
    void shortSourcesAreNotChecked() {
        assertThat(issues("Open", "Ouvert tous les jours de la semaine", "en", "fr"))
                .isEmpty();
        assertThat(issues("Open daily", "开", "en", "zh-Hans")).hasSize(1);
    }
}
