package dev.tessera.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QaRunnerTest {

    private final QaRunner runner = QaRunner.standard();

    @Test
    void theStandardChecksHaveTheirNamesAndDefaultSeverities() {
        assertThat(runner.checks())
                .extracting(QaCheck::name, QaCheck::defaultSeverity)
                .containsExactlyInAnyOrder(
                        tuple("qa.numbers", Severity.ERROR),
                        tuple("qa.empty", Severity.ERROR),
                        tuple("qa.codes", Severity.ERROR),
                        tuple("qa.whitespace", Severity.WARNING),
                        tuple("qa.punctuation", Severity.WARNING),
                        tuple("qa.brackets", Severity.WARNING),
                        tuple("qa.identical", Severity.WARNING),
                        tuple("qa.length", Severity.WARNING),
                        tuple("qa.inconsistent", Severity.WARNING));
    }

    @Test
    void anUntranslatedSegmentHasNoFindings() {
        assertThat(runner.run("The bridge opened in 2021.", null, "en", "zh-Hans", CheckContext.NONE, Map.of()))
                .isEmpty();
    }

    @Test
    void cleanTranslationsHaveNoFindings() {
        String source = "The bridge opened in 2021.";
        assertThat(runner.run(source, "这座桥于2021年开通。", "en", "zh-Hans", CheckContext.NONE, Map.of()))
                .isEmpty();
        assertThat(runner.run(source, "یہ پل ۲۰۲۱ میں کھلا۔", "en", "ur", CheckContext.NONE, Map.of()))
                .isEmpty();
        assertThat(runner.run(source, "افتتح الجسر عام ٢٠٢١.", "en", "ar", CheckContext.NONE, Map.of()))
                .isEmpty();
        assertThat(runner.run(source, "Le pont a ouvert en 2021.", "en", "fr", CheckContext.NONE, Map.of()))
                .isEmpty();
    }

    @Test
    void findingsCarryTheCheckNameAndDefaultSeverity() {
        List<Finding> findings =
                runner.run("The bridge opened in 2021.", "这座桥开通了", "en", "zh-Hans", CheckContext.NONE, Map.of());
        assertThat(findings)
                .extracting(Finding::check, Finding::severity, Finding::message)
                .containsExactly(
                        tuple("qa.numbers", Severity.ERROR, "The number 2021 is missing in the target."),
                        tuple(
                                "qa.punctuation",
                                Severity.WARNING,
                                "The source ends with a full stop; end the target with \"。\"."));
        assertThat(findings).extracting(Finding::key).containsExactly("numbers.missing", "punctuation.missing");
    }

    @Test
    void aBlankTargetIsOnlyEmpty() {
        assertThat(runner.run("The bridge opened in 2021.", " ", "en", "fr", CheckContext.NONE, Map.of()))
                .extracting(Finding::check, Finding::severity, Finding::message)
                .containsExactly(tuple("qa.empty", Severity.ERROR, "The target is empty; write the translation."));
    }

    @Test
    void overridesChangeTheSeverityOfNamedChecksOnly() {
        Map<String, Severity> overrides =
                Map.of("qa.numbers", Severity.WARNING, "qa.punctuation", Severity.ERROR, "qa.unknown", Severity.ERROR);
        List<Finding> findings =
                runner.run("The bridge opened in 2021.", "这座桥开通了", "en", "zh-Hans", CheckContext.NONE, overrides);
        assertThat(findings)
                .extracting(Finding::check, Finding::severity)
                .containsExactly(tuple("qa.numbers", Severity.WARNING), tuple("qa.punctuation", Severity.ERROR));
        List<Finding> identical = runner.run(
                "Welcome home.",
                "Welcome home.",
                "en",
                "fr",
                CheckContext.NONE,
                Map.of("qa.identical", Severity.ERROR));
        assertThat(identical)
                .extracting(Finding::check, Finding::severity)
                .containsExactly(tuple("qa.identical", Severity.ERROR));
    }

    @Test
    void theContextReachesTheChecks() {
        CheckContext context = new CheckContext(List.of("La vieille ville est tranquille."));
        assertThat(runner.run("The old town is quiet.", "La vieille ville est calme.", "en", "fr", context, null))
                .extracting(Finding::check)
                .containsExactly("qa.inconsistent");
        assertThat(runner.run("The old town is quiet.", "La vieille ville est calme.", "en", "fr", null, null))
                .isEmpty();
    }

    @Test
    void customChecksRunWithTheirOwnNames() {
        QaCheck shouting = new QaCheck() {
            @Override
            public String name() {
                return "test.shouting";
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.WARNING;
            }

            @Override
            public List<QaMessage> messages(
                    String source, String target, String sourceLocale, String targetLocale, CheckContext context) {
                return target.equals(target.toUpperCase())
                        ? List.of(QaMessage.plain("Do not shout."), QaMessage.plain("Really."))
                        : List.of();
            }
        };
        QaRunner custom = new QaRunner(List.of(shouting));
        assertThat(custom.run("hi", "SALUT", "en", "fr", CheckContext.NONE, Map.of("test.shouting", Severity.ERROR)))
                .containsExactly(
                        new Finding("test.shouting", Severity.ERROR, "Do not shout."),
                        new Finding("test.shouting", Severity.ERROR, "Really."));
        assertThatThrownBy(() -> new QaRunner(List.of(shouting, shouting)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkContextDropsNulls() {
        assertThat(new CheckContext(null).otherTargetsOfSameSource()).isEmpty();
        assertThat(new CheckContext(Arrays.asList("a", null)).otherTargetsOfSameSource())
                .containsExactly("a");
        assertThat(CheckContext.NONE.otherTargetsOfSameSource()).isEmpty();
    }
}
