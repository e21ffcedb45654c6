package dev.tessera.proofing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.qa.Proofreader.Mark;
import dev.tessera.qa.QaMessage;
import dev.tessera.shared.UiLanguage;
import dev.tessera.ui.Messages;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The language checks with LanguageTool really running, and what the source, glossary and dictionary vouch for. */
class ProofreadingTest {

    private static final Proofreading PROOFREADING = new Proofreading(Checkers.shared());

    private static List<Mark> french(String source, String target) {
        return french(source, target, List.of(), List.of());
    }

    private static List<Mark> french(
            String source, String target, Collection<String> terms, Collection<String> dictionary) {
        return PROOFREADING.proofread(
                source, target, "fr", terms, dictionary, EnumSet.complementOf(EnumSet.of(LanguageCheck.STYLE)));
    }

    private static List<String> checks(List<Mark> marks) {
        return marks.stream().map(Mark::check).toList();
    }

    private static List<String> covered(String target, List<Mark> marks) {
        return marks.stream()
                .map(m -> target.substring(
                        m.message().span().start(), m.message().span().end()))
                .toList();
    }

    @Test
    void filesEachErrorUnderTheCheckThatJudgesIt() {
        String target = "Les experts ont apporter leur aide au succes du Pakistan: c'est clair.";
        List<Mark> marks = french("The experts helped Pakistan succeed: that is clear.", target);

        assertThat(checks(marks)).containsExactlyInAnyOrder("lang.grammar", "lang.spelling", "lang.typography");
        assertThat(covered(target, marks)).contains("succes", "apporter");
        Mark spelling = marks.stream()
                .filter(m -> m.check().equals("lang.spelling"))
                .findFirst()
                .orElseThrow();
        assertThat(spelling.message().span().suggestions()).contains("succès");
        assertThat(spelling.message().text())
                .isEqualTo("\"succes\" is not in the dictionary; did you mean \"succès\"?");
        assertThat(spelling.message().key()).isEqualTo("lang.spelling-suggested");
    }

    @Test
    void aWordStandingAsIsInTheSourceIsNoSpellingError() {
        assertThat(french("Kandora opened the corridor.", "Kandora a ouvert le corridor."))
                .isEmpty();
        assertThat(checks(french("It opened the corridor.", "Kandora a ouvert le corridor.")))
                .containsExactly("lang.spelling");
        assertThat(french("SARS-CoV-2 spreads.", "Le SARS-CoV-2 se propage.")).isEmpty();
        assertThat(french("The corridor opened.", "Le corridor CPEC a ouvert."))
                .as("words in capitals are acronyms, as spellers skip them")
                .isEmpty();
    }

    @Test
    void aGrammarRuleMisledByASourceNameIsSilent() {
        assertThat(french("Patients with MERS recovered.", "Les patients atteints du MERS ont guéri."))
                .isEmpty();
        assertThat(french("in Hubei province", "dans la province du Hubei")).isEmpty();
        assertThat(french("a weekend of hackathon", "un week-end de hackathon"))
                .as("a word borrowed from the source keeps its aspirated h")
                .isEmpty();
        assertThat(checks(french("The hospital is open.", "Le hôpital est ouvert.")))
                .containsExactly("lang.grammar");
    }

    @Test
    void glossaryTermsAndDoNotTranslateTermsAreWords() {
        String target = "Kandora et le tessara sont testés.";
        assertThat(covered(target, french("These drugs are tested.", target))).contains("Kandora", "tessara");
        assertThat(french("These drugs are tested.", target, List.of("kandora", "Tessara"), List.of()))
                .isEmpty();
    }

    @Test
    void theDictionaryVouchesForItsWords() {
        String target = "Kandora est prêt, le logiciel aussi.";
        assertThat(checks(french("The software is ready.", target))).containsExactly("lang.spelling");
        assertThat(french("The software is ready.", target, List.of(), List.of("Kandora")))
                .isEmpty();
        assertThat(french("The software is ready.", target, List.of(), List.of("kandora")))
                .as("a word in lower case is accepted in any case")
                .isEmpty();
        assertThat(checks(french("The software is ready.", target, List.of(), List.of("KANDORA"))))
                .as("a word with capitals is accepted as written")
                .containsExactly("lang.spelling");
    }

    @Test
    void aWordFarFromEveryWordTheSpellerKnowsIsATermItLacksNotATypo() {
        assertThat(checks(french("These drugs are tested.", "Le remdésivir et l'umifénovir sont testés.")))
                .isEmpty();
        assertThat(checks(french("The project is a success.", "Le projet est un succes.")))
                .containsExactly("lang.spelling");
        assertThat(Typos.withinEdits("developement", "developpement", 2)).isTrue();
        assertThat(Typos.withinEdits("remdesivir", "redefinir", 2)).isFalse();
    }

    @Test
    void inlineCodesAreNotText() {
        String target = "Le \uE400succes\uE800 du projet\uE000 : c'est clair.";
        List<Mark> marks = french("The project's \uE400success\uE800\uE000: it is clear.", target);

        assertThat(checks(marks)).containsExactly("lang.spelling");
        assertThat(covered(target, marks)).containsExactly("succes");
        assertThat(french("It is \uE400clear\uE800.", "C'est \uE400clair\uE800."))
                .isEmpty();
        assertThat(french("Send {0} files.", "Envoyez {0} fichiers.")).isEmpty();
    }

    @Test
    void anAgreementFindingIsKeptOnlyWhereTheNeighbouringWordsLeaveNoDoubt() {
        assertThat(checks(french(
                        "Serology can give important information.",
                        "La sérologie peut fournir des informations importante.")))
                .containsExactly("lang.grammar");
        assertThat(french("A face or blue lips.", "Un visage ou des lèvres bleus."))
                .isEmpty();
        assertThat(french(
                        "Participating practices will take samples.",
                        "Les cabinets participant effectueront des prélèvements."))
                .isEmpty();
        assertThat(french("The remaining 6% of cases.", "Les 6 % de cas restants."))
                .isEmpty();
        assertThat(french(
                        "The virions, the latter having a fringe.", "Les virions, ces derniers possédant une frange."))
                .isEmpty();
        assertThat(checks(french("Low-income populations.", "Les populations à faible revenus.")))
                .containsExactly("lang.grammar");
    }

    @Test
    void guessesAreStyleAndAbbreviationsEndNoSentence() {
        assertThat(french(
                        "The evaluations vary from a few to 44%.",
                        "Les évaluations chinoises du ratio d’asymptomatiques varie de quelques-uns à 44 %."))
                .as("subject and verb far apart: style, off by default")
                .isEmpty();
        assertThat(french(
                        "A mild disease, i.e. an infection.",
                        "Une affection bénigne, c.-à-d. une infection des voies respiratoires."))
                .isEmpty();
        assertThat(french("Those not tested, e.g. at home.", "Les personnes non testées, p.ex. à domicile."))
                .isEmpty();
        assertThat(checks(french("It is clear.The end.", "C'est clair.La fin.")))
                .as("a missing space after a full stop is still found")
                .containsExactly("lang.typography");
    }

    @Test
    void namesInsideASentenceCompoundsAndRenderedSourceWordsAreNoSpellingErrors() {
        assertThat(french("The president wrote a letter.", "Le président Rohani a écrit une lettre."))
                .isEmpty();
        assertThat(french("A new beta-CoV.", "Un nouveau bêtacoronavirus.")).isEmpty();
        assertThat(french("The event will be rescheduled.", "L’événement sera replanifié."))
                .isEmpty();
        assertThat(french("A startup reverse-engineered the valves.", "Une startup a rétroconçu les valves."))
                .isEmpty();
        assertThat(french("The demand that ensued.", "La demande qui s’est ensuivie."))
                .isEmpty();
        assertThat(french("It cleaves apelin and troponin.", "Elle clive l’apéline et la troponine."))
                .isEmpty();
        assertThat(french("such as editathons", "tels que les edit-a-thons")).isEmpty();
        assertThat(checks(french("Rub the front of the hands.", "Il convient de se fronter les mains.")))
                .as("a typo that only looks like a source word with an ending is still one")
                .containsExactly("lang.spelling");
    }

    @Test
    void aFragmentIsNotToldToStartWithACapital() {
        assertThat(french("and along with a fever", "et avec de la fièvre")).isEmpty();
        assertThat(checks(french("And along with a fever.", "et avec de la fièvre.")))
                .containsExactly("lang.grammar");
    }

    @Test
    void theScreensSayEachMessageInEveryLanguageAndInEnglishAsTheApiDoes() {
        Messages messages = new Messages();
        List<Mark> marks = new java.util.ArrayList<>(french(
                "The experts helped Pakistan succeed: that is clear.",
                "Les experts ont apporter leur aide au succes du Pakistan: c'est clair."));
        String unknown = "Le logiciel est xqzvbrtkw.";
        marks.addAll(Proofreading.marks(
                unknown,
                PROOFREADING.hits(
                        "Ready.", unknown, "fr", List.of(), List.of(), EnumSet.of(LanguageCheck.SPELLING), false)));
        assertThat(marks.stream().map(m -> m.message().key()).distinct())
                .containsExactlyInAnyOrder("lang.spelling", "lang.spelling-suggested", "lang.rule");
        for (Mark mark : marks) {
            QaMessage message = mark.message();
            Object[] values = QaMessage.values(message.args(), UiLanguage.ENGLISH.locale());
            assertThat(messages.getTranslation("qa-message." + message.key(), UiLanguage.ENGLISH.locale(), values))
                    .isEqualTo(message.text());
            for (UiLanguage language : UiLanguage.values()) {
                assertThat(messages.getTranslation("qa-message." + message.key(), language.locale(), values))
                        .as("%s in %s", message.key(), language.tag())
                        .doesNotStartWith("!");
            }
        }
    }

    @Test
    void onlyTheChecksAskedForReport() {
        String target = "Les experts ont apporter leur aide au succes du Pakistan: c'est clair.";
        assertThat(checks(PROOFREADING.proofread(
                        "", target, "fr", List.of(), List.of(), EnumSet.of(LanguageCheck.TYPOGRAPHY))))
                .containsExactly("lang.typography");
        assertThat(PROOFREADING.proofread("", target, "ur", List.of(), List.of(), EnumSet.allOf(LanguageCheck.class)))
                .as("a locale LanguageTool does not cover")
                .isEmpty();
    }
}
