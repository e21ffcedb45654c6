package dev.tessera.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.memory.MatchScoring;
import dev.tessera.qa.CheckContext;
import dev.tessera.qa.Finding;
import dev.tessera.qa.QaMessage;
import dev.tessera.qa.QaRunner;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.UiLanguage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the QA checks say, as the screens say it: for every finding of a check, the English text its key gives in the
 * bundles is the check's own English sentence (the one the REST API answers), and every other language has a text
 * for it. The cases below make every check speak.
 */
class QaMessagesTest {

    private final Messages messages = new Messages();

    record Case(String source, String target, String sourceLocale, String targetLocale, List<String> others) {
        Case(String source, String target) {
            this(source, target, "en", "fr", List.of());
        }
    }

    private static final String ONE = String.valueOf(CodeMarkers.marker(CodeMarkers.Kind.STANDALONE, 1));
    private static final String OPEN = String.valueOf(CodeMarkers.marker(CodeMarkers.Kind.OPEN, 2));
    private static final String CLOSE = String.valueOf(CodeMarkers.marker(CodeMarkers.Kind.CLOSE, 2));

    static final List<Case> CASES = List.of(
            new Case("Press " + ONE + " and " + ONE + " now.", "Appuyez maintenant."),
            new Case("Press " + ONE + " now.", "Appuyez " + ONE + " maintenant."),
            new Case("Press " + ONE + " now.", "Appuyez " + ONE + ONE + ONE + " maintenant."),
            new Case("Press " + ONE + " now.", "Appuyez " + ONE + ONE + " maintenant."),
            new Case("Press " + OPEN + "go" + CLOSE + " now.", "Appuyez " + CLOSE + "aller" + OPEN + " maintenant."),
            new Case(
                    "Short one.",
                    "Une phrase beaucoup, beaucoup trop longue pour une source aussi courte que celle-là."),
            new Case("Open (this) now.", "Ouvrez (ceci maintenant."),
            new Case("Open this now.", "Ouvrez ceci) maintenant."),
            new Case("He said it.", "Il a dit \"ça."),
            new Case("It is done.", "C'est 'fait."),
            new Case("Press <1/> and <2>go</2>.", "Appuyez."),
            new Case("Press <1/>.", "Appuyez <1/> <1/> <1/>."),
            new Case("Press <2>go</2>.", "Appuyez </2>aller<2>."),
            new Case("Hello.", " "),
            new Case("Hello world.", "Hello world."),
            new Case("The port.", "Le port.", "en", "fr", List.of("Le havre.")),
            new Case("A very long sentence that has many words in it, truly a long one.", "Court."),
            new Case("Short.", "Une phrase bien trop longue pour une source aussi courte que celle-ci, vraiment."),
            new Case("Is it done?", "C’est fait"),
            new Case("It is done", "C’est fait !"),
            new Case("It is done.", "C’est fait ?"),
            new Case(" Leading and trailing. ", "Ni au début ni à la fin."),
            new Case("Nothing around.", " Autour. "),
            new Case("Two  spaces here.", "Deux  espaces  ici  et  là."),
            new Case("In 2021 there were 1,500 ships.", "En 2021 il y avait 1,500 navires."),
            new Case("In 2021 and 2021.", "En 2021."),
            new Case("Room 12.", "Salle 13."),
            new Case("Room 12.", "Salle 12 et 12."),
            new Case("On 07 October.", "Le 8 octobre."));

    @Test
    void everyFindingsKeyGivesTheChecksOwnEnglishAndEveryLanguageHasIt() {
        QaRunner runner = QaRunner.standard();
        Set<String> keys = new TreeSet<>();
        for (Case c : CASES) {
            List<Finding> findings = runner.run(
                    c.source(), c.target(), c.sourceLocale(), c.targetLocale(), new CheckContext(c.others()), Map.of());
            for (Finding finding : findings) {
                assertThat(finding.key())
                        .as("the key of \"%s\"", finding.message())
                        .isNotNull();
                keys.add(finding.key());
                Object[] values = QaMessage.values(finding.args(), UiLanguage.ENGLISH.locale());
                assertThat(messages.getTranslation("qa-message." + finding.key(), UiLanguage.ENGLISH.locale(), values))
                        .as("%s in %s", finding.key(), c)
                        .isEqualTo(finding.message());
                for (UiLanguage language : UiLanguage.values()) {
                    assertThat(messages.getTranslation("qa-message." + finding.key(), language.locale(), values))
                            .as("%s in %s", finding.key(), language.tag())
                            .doesNotStartWith("!");
                }
            }
        }
        Set<String> all = new TreeSet<>();
        for (String key : Messages.load(Messages.BUNDLE + ".properties").stringPropertyNames()) {
            // the glossary's and the language checks' messages are tested with them (ProofreadingTest)
            if (key.startsWith("qa-message.")
                    && !key.startsWith("qa-message.glossary.")
                    && !key.startsWith("qa-message.lang.")) {
                all.add(key.substring("qa-message.".length()));
            }
        }
        assertThat(keys).as("every message of the bundles, said by a check").isEqualTo(all);
    }

    @Test
    void aMatchsPenaltiesReadInEnglishAsTheApiSaysThem() {
        List<MatchScoring.Penalty> penalties = new java.util.ArrayList<>();
        penalties.addAll(MatchScoring.score("Room 12 is open.", "Room 14 is open.", "en", List.of())
                .penalties());
        penalties.addAll(MatchScoring.score("Rooms 1 and 2.", "Rooms 3 and 4.", "en", List.of())
                .penalties());
        penalties.addAll(MatchScoring.score("The river runs.", "the river runs.", "en", List.of())
                .penalties());
        assertThat(penalties).extracting(MatchScoring.Penalty::key).containsExactly("numbers", "numbers", "form");
        for (MatchScoring.Penalty penalty : penalties) {
            assertThat(messages.getTranslation(
                            "memory.penalty." + penalty.key(), UiLanguage.ENGLISH.locale(), penalty.points()))
                    .isEqualTo(penalty.reason());
        }
    }
}
