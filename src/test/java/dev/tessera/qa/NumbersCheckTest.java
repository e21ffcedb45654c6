package dev.tessera.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersCheckTest {

    private final NumbersCheck check = new NumbersCheck();

    private List<String> issues(String source, String target, String sourceLocale, String targetLocale) {
        return check.findIssues(source, target, sourceLocale, targetLocale, CheckContext.NONE);
    }

    @Test
    void nameAndSeverity() {
        assertThat(check.name()).isEqualTo("qa.numbers");
        assertThat(check.defaultSeverity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void sameNumbersAreClean() {
        assertThat(issues("In 2021, 15 people came.", "En 2021, 15 personnes sont venues.", "en", "fr"))
                .isEmpty();
        assertThat(issues("No numbers here.", "Pas de chiffres ici.", "en", "fr"))
                .isEmpty();
    }

    @Test
    void aMissingNumberIsNamed() {
        assertThat(issues("The bridge opened in 2021.", "Le pont a été ouvert.", "en", "fr"))
                .containsExactly("The number 2021 is missing in the target.");
    }

    @Test
    void aChangedNumberIsMissingAndExtra() {
        List<String> found = issues("It took 12 years.", "这花了21年。", "en", "zh-Hans");
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).isEqualTo("The number 12 is missing in the target.");
        assertThat(found.get(1)).contains("21").contains("not in the source");
    }

    @Test
    void chineseNumbersNextToIdeographsCount() {
        assertThat(issues("The museum opened in 2021.", "博物馆于2021年开放。", "en", "zh-Hans"))
                .isEmpty();
        assertThat(issues("The museum opened in 2021.", "博物馆于二〇二一年开放。", "en", "zh-Hans"))
                .containsExactly("The number 2021 is missing in the target.");
    }

    @Test
    void fullWidthDigitsEqualAsciiDigits() {
        assertThat(issues("Gate 12 closes at 9.", "１２号门９点关闭。", "en", "zh-Hans")).isEmpty();
    }

    @Test
    void arabicIndicDigitsEqualAsciiDigits() {
        assertThat(issues("Read 10 pages.", "اقرأ ١٠ صفحات.", "en", "ar")).isEmpty();
        assertThat(issues("Read 10 pages.", "اقرأ ١١ صفحة.", "en", "ar"))
                .contains("The number 10 is missing in the target.");
    }

    @Test
    void extendedArabicIndicDigitsEqualAsciiDigits() {
        assertThat(issues("The year 2024 had 366 days.", "سال ۲۰۲۴ میں ۳۶۶ دن تھے۔", "en", "ur"))
                .isEmpty();
        assertThat(issues("The year 2024 had 366 days.", "سال ۲۰۲۴ میں ۳۶۵ دن تھے۔", "en", "ur"))
                .contains("The number 366 is missing in the target.");
    }

    @Test
    void arabicSeparatorsAreUnderstood() {
        assertThat(issues("It costs 1,500 dollars, or 3.5 a day.", "تكلف ١٬٥٠٠ دولار، أو ٣٫٥ في اليوم.", "en", "ar"))
                .isEmpty();
        assertThat(issues("It costs 1,500 dollars.", "تكلف ١٥ دولار.", "en", "ar"))
                .containsExactly(
                        "The number 1,500 is missing in the target.",
                        "The number ١٥ in the target is not in the source; correct or remove it.");
    }

    @Test
    void frenchDecimalCommaAndNarrowNoBreakSpaceThousands() {
        assertThat(issues("The trip takes 2.5 hours.", "Le trajet dure 2,5 heures.", "en", "fr"))
                .isEmpty();
        assertThat(issues("It has 12,000 inhabitants.", "Elle compte 12\u202F000 habitants.", "en", "fr"))
                .isEmpty();
        assertThat(issues("It has 12,000 inhabitants.", "Elle compte 12\u00A0000 habitants.", "en", "fr"))
                .isEmpty();
        assertThat(issues("It costs 1,234.50 euros.", "Il coûte 1\u202F234,5 euros.", "en", "fr"))
                .isEmpty();
        assertThat(issues("The trip takes 2.5 hours.", "Le trajet dure 2 heures.", "en", "fr"))
                .contains("The number 2.5 is missing in the target.");
    }

    @Test
    void aFrenchTargetKeepingTheEnglishDecimalPointIsAccepted() {
        assertThat(issues("The trip takes 2.5 hours.", "Le trajet dure 2.5 heures.", "en", "fr"))
                .isEmpty();
    }

    @Test
    void thousandsWrittenTheEnglishWayReadAsDecimalsInFrench() {
        List<String> found = issues("It has 2,500 rooms.", "Il a 2,500 chambres.", "en", "fr");
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).contains("2,500").contains("2.5").contains("2500");
    }

    @Test
    void swissApostropheAndPlainThousands() {
        assertThat(issues("It has 1'000 rooms.", "Il a 1000 chambres.", "de-CH", "fr"))
                .isEmpty();
        assertThat(issues("It has 1,000,000 rooms.", "它有1000000个房间。", "en", "zh-Hans"))
                .isEmpty();
    }

    @Test
    void numbersAreAMultiset() {
        assertThat(issues("5 plus 5 is 10.", "5 et 5 font 10.", "en", "fr")).isEmpty();
        assertThat(issues("5 plus 5 is 10.", "5 et cinq font 10.", "en", "fr"))
                .containsExactly("The number 5 appears 2 times in the source but 1 in the target.");
        assertThat(issues("Call 5 now.", "Appelez 5, 5 maintenant.", "en", "fr"))
                .containsExactly("The number 5 appears 2 times in the target but 1 in the source.");
    }

    @Test
    void datesAndVersionsCompareByParts() {
        assertThat(issues("Released on 2021-05-03.", "于2021年5月3日发布。", "en", "zh-Hans"))
                .isEmpty();
        assertThat(issues("Install version 1.2.10.", "Installez la version 1.2.10.", "en", "fr"))
                .isEmpty();
        assertThat(issues("Install version 1.2.10.", "Installez la version 1.2.1.", "en", "fr"))
                .hasSize(2);
    }

    @Test
    void aNumberAddedInTheTargetIsReported() {
        assertThat(issues("Welcome to the city.", "Bienvenue dans la ville n° 1.", "en", "fr"))
                .containsExactly("The number 1 in the target is not in the source; correct or remove it.");
    }

    @Test
    void aBlankTargetIsLeftToTheEmptyCheck() {
        assertThat(issues("In 2021.", "  ", "en", "fr")).isEmpty();
    }
}
