package dev.tessera.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BracketsCheckTest {

    private final BracketsCheck check = new BracketsCheck();

    private List<String> issues(String source, String target, String targetLocale) {
        return check.findIssues(source, target, "en", targetLocale, CheckContext.NONE);
    }

    @Test
    void nameAndSeverity() {
        assertThat(check.name()).isEqualTo("qa.brackets");
        assertThat(check.defaultSeverity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void balancedBracketsAndQuotesOfEveryScriptAreClean() {
        assertThat(issues("The old town (see map) is \"quiet\".", "老城（见地图）很《安静》。", "zh-Hans"))
                .isEmpty();
        assertThat(issues("He said \"yes\".", "他说「是」，又说『好』。", "zh-Hans")).isEmpty();
        assertThat(issues("He said \"yes\".", "Il a dit « oui ».", "fr")).isEmpty();
        assertThat(issues("He said \"yes\" [twice].", "اس نے “ہاں” کہا [دو بار]۔", "ur"))
                .isEmpty();
        assertThat(issues("See {name}.", "انظر {name}.", "ar")).isEmpty();
    }

    @Test
    void apostrophesInsideWordsAreNotQuotes() {
        assertThat(issues("The man's hat.", "Le chapeau de l'homme.", "fr")).isEmpty();
        assertThat(issues("The man's hat.", "Le chapeau de l’homme.", "fr")).isEmpty();
        assertThat(issues("The students' hats.", "Les chapeaux d'aujourd'hui.", "fr"))
                .isEmpty();
    }

    @Test
    void anUnclosedBracketIsReported() {
        assertThat(issues("The old town (see map).", "老城（见地图。", "zh-Hans"))
                .containsExactly("Close the \"（\" in the target with \"）\".");
        assertThat(issues("He said \"yes\".", "Il a dit « oui.", "fr"))
                .containsExactly("Close the \"«\" in the target with \"»\".");
        assertThat(issues("He said \"yes\".", "قال “نعم.", "ar"))
                .containsExactly("Close the \"“\" in the target with \"”\".");
    }

    @Test
    void aClosingBracketWithoutItsOpeningIsReported() {
        assertThat(issues("The old town (see map).", "La vieille ville voir carte).", "fr"))
                .containsExactly("The \")\" in the target closes nothing; add the \"(\" or remove it.");
        assertThat(issues("Read the book.", "读这本书》。", "zh-Hans"))
                .containsExactly("The \"》\" in the target closes nothing; add the \"《\" or remove it.");
    }

    @Test
    void straightQuotes() {
        assertThat(issues("He said \"yes\".", "Il a dit \"oui.", "fr"))
                .containsExactly("The target has an unpaired straight quote (\"); pair or remove it.");
        assertThat(issues("He said yes.", "Il a dit 'oui.", "fr"))
                .containsExactly("Close the straight quote (') in the target.");
        assertThat(issues("He said yes.", "Il a dit 'oui'.", "fr")).isEmpty();
    }

    @Test
    void anImbalanceTheSourceHasIsNotReported() {
        assertThat(issues("a) the first item", "a) le premier élément", "fr")).isEmpty();
        assertThat(issues("a) the first item", "a）第一项", "zh-Hans")).isEmpty();
    }
}
