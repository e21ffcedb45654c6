package dev.tessera.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tessera.memory.MatchScoring.Penalty;
import dev.tessera.memory.MatchScoring.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The match percentage, worked through by hand for each example. */
class MatchScoringTest {

    static Score score(String memory, String source, String locale) {
        return MatchScoring.score(memory, source, locale, List.of());
    }

    @Test
    void theSameSentenceIsAHundredWithoutPenalties() {
        Score same = score("The river runs quietly.", "The river runs quietly.", "en");
        assertThat(same.score()).isEqualTo(100);
        assertThat(same.penalties()).isEmpty();
    }

    @Test
    void oneWordOfFiveTokensIsEighty() {
        // The | river | runs | quietly | . → one substitution in five tokens: 100 × 4/5.
        Score score = score("The river runs quietly.", "The river runs slowly.", "en");
        assertThat(score.score()).isEqualTo(80);
        assertThat(score.penalties()).isEmpty();
    }

    @Test
    void aWordMoreOrLessCountsAgainstTheLongerSentence() {
        // 6 tokens against 5: one insertion, 100 × 5/6 = 83.3 → 83.
        assertThat(score("The river runs very quietly.", "The river runs quietly.", "en")
                        .score())
                .isEqualTo(83);
        assertThat(score("", "", "en").score()).isEqualTo(100);
        assertThat(score("Something.", "", "en").score()).isZero();
    }

    @Test
    void caseWidthAndSpacingAloneCostOnePoint() {
        Score score = score("the river  runs.", "The river runs.", "en");
        assertThat(score.base()).isEqualTo(100);
        assertThat(score.score()).isEqualTo(99);
        assertThat(score.penalties())
                .extracting(Penalty::reason, Penalty::points)
                .containsExactly(tuple("differs only in case, width, spacing or punctuation form", 1));
        assertThat(score("ＣＰＥＣ opened.", "CPEC opened.", "en").score()).isEqualTo(99);
    }

    @Test
    void numbersCompareAsNumbersAndEachDifferenceIsAPenalty() {
        Score score = score("Room 12 is open.", "Room 14 is open.", "en");
        assertThat(score.base()).isEqualTo(100);
        assertThat(score.score()).isEqualTo(99);
        assertThat(score.penalties())
                .extracting(Penalty::reason, Penalty::points)
                .containsExactly(tuple("a number differs", 1));
        Score two = score("In 2019, 60 billion dollars.", "In 2021, 62 billion dollars.", "en");
        assertThat(two.penalties())
                .extracting(Penalty::reason, Penalty::points)
                .containsExactly(tuple("2 numbers differ", 2));
        assertThat(two.score()).isEqualTo(98);
    }

    @Test
    void chineseIsComparedCharacterByCharacter() {
        // 美 国 仓 促 撤 军 against 美 国 仓 促 撤 离: one of six characters, 100 × 5/6 → 83.
        assertThat(score("美国仓促撤军", "美国仓促撤离", "zh-Hans").score()).isEqualTo(83);
        // A full stop of another width is only a penalty.
        Score width = score("美国仓促撤军．", "美国仓促撤军.", "zh-Hans");
        assertThat(width.base()).isEqualTo(100);
        assertThat(width.score()).isEqualTo(99);
    }

    @Test
    void urduWordsAreWordsAndItsDigitsAreNumbers() {
        // پاکستان | اور | چین | دوست | ہیں against six tokens with شراکت | دار in place of دوست: one substitution and
        // one insertion, 100 × 4/6 = 66.7 → 66.
        assertThat(score("پاکستان اور چین دوست ہیں", "پاکستان اور چین شراکت دار ہیں", "ur")
                        .score())
                .isEqualTo(66);
        Score digits = score("کمرہ ۱۲ کھلا ہے", "کمرہ ۱۴ کھلا ہے", "ur");
        assertThat(digits.penalties())
                .extracting(Penalty::reason, Penalty::points)
                .containsExactly(tuple("a number differs", 1));
    }

    @Test
    void inlineCodesAreTokensAndADifferentCodeIsAPenalty() {
        String open = "\uE401";
        String close = "\uE801";
        String otherOpen = "\uE402";
        String otherClose = "\uE802";
        Score same = score("Click " + open + "here" + close + ".", "Click " + open + "here" + close + ".", "en");
        assertThat(same.score()).isEqualTo(100);
        Score renumbered =
                score("Click " + open + "here" + close + ".", "Click " + otherOpen + "here" + otherClose + ".", "en");
        assertThat(renumbered.base()).isEqualTo(100);
        assertThat(renumbered.penalties())
                .extracting(Penalty::reason, Penalty::points)
                .containsExactly(tuple("2 inline codes differ", 2));
        // Click | ‹1› | here | ‹/1› | . against Click | here | . : two deletions in five tokens, 60, and two codes
        // lacking.
        Score missing = score("Click " + open + "here" + close + ".", "Click here.", "en");
        assertThat(missing.base()).isEqualTo(60);
        assertThat(missing.score()).isEqualTo(58);
    }

    @Test
    void theCallersPenaltiesAreAddedAndTheScoreNeverGoesBelowZero() {
        Score unapproved = MatchScoring.score(
                "The river runs quietly.",
                "The river runs quietly.",
                "en",
                List.of(new Penalty("the unit is not approved", 5), new Penalty("the memory's penalty", 3)));
        assertThat(unapproved.score()).isEqualTo(92);
        assertThat(MatchScoring.score("A.", "B.", "en", List.of(new Penalty("memory", 80)))
                        .score())
                .isZero();
    }

    @Test
    void theDistanceIsTheTokenEditDistance() {
        assertThat(MatchScoring.distance(List.of("a", "b", "c"), List.of("a", "c")))
                .isEqualTo(1);
        assertThat(MatchScoring.distance(
                        List.of("k", "i", "t", "t", "e", "n"), List.of("s", "i", "t", "t", "i", "n", "g")))
                .isEqualTo(3);
        assertThat(MatchScoring.distance(List.of(), List.of("a"))).isEqualTo(1);
    }
}
