package dev.tessera.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.memory.MatchScoring.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What surrounds the score: the differences marked, the numbers fixed up, and the n-grams the index keeps. */
class MatchHelpersTest {

    static List<String> marked(String memory, String source, String locale) {
        return MatchScoring.differences(memory, source, locale).stream()
                .map(span -> memory.substring(span.start(), span.end()))
                .toList();
    }

    @Test
    void theWordsTheSourceLacksAreMarkedNeighboursJoined() {
        assertThat(marked("The river runs to the ocean.", "The river runs to the sea.", "en"))
                .containsExactly("ocean");
        assertThat(marked("The big old river runs.", "The river runs.", "en")).containsExactly("big old");
        assertThat(marked("The river runs.", "The river runs.", "en")).isEmpty();
        // Case alone is no difference to mark (it is a penalty), a number is.
        assertThat(marked("THE river runs 12 km.", "The river runs 14 km.", "en"))
                .containsExactly("12");
    }

    @Test
    void chineseIsComparedCharacterByCharacter() {
        assertThat(marked("中巴经济走廊很重要。", "中巴经济走廊非常重要。", "zh-Hans")).containsExactly("很");
        List<Span> spans = MatchScoring.differences("走廊", "走廊", "zh-Hans");
        assertThat(spans).isEmpty();
    }

    @Test
    void urduWordsAreMarkedInTheirOwnScript() {
        assertThat(marked("گوادر بندرگاہ بہت بڑی ہے۔", "گوادر بندرگاہ بڑی ہے۔", "ur"))
                .containsExactly("بہت");
    }

    @Test
    void aChangedNumberIsReplacedWhereItStandsOnceInTheTarget() {
        NumberFixes.Fixed fixed = NumberFixes.apply(
                "The port handled 12 ships in 2023.",
                "The port handled 14 ships in 2023.",
                "Le port a accueilli 12 navires en 2023.",
                "en");
        assertThat(fixed.target()).isEqualTo("Le port a accueilli 14 navires en 2023.");
        assertThat(fixed.fixes()).containsExactly(new NumberFixes.Fix("12", "14"));
    }

    @Test
    void ambiguousNumbersAreLeftAsTheyAre() {
        // Twice in the target: which one is it?
        assertThat(NumberFixes.apply("Room 1 costs 5.", "Room 2 costs 5.", "Chambre 1 ou 1 : 5.", "en")
                        .fixes())
                .isEmpty();
        // A different count of numbers: no pairing.
        assertThat(NumberFixes.apply("From 3 to 4.", "From 3.", "De 3 à 4.", "en")
                        .fixes())
                .isEmpty();
        // 12 inside 120 is not the number 12.
        NumberFixes.Fixed inside = NumberFixes.apply("12 ships.", "14 ships.", "120 navires, 12 ports.", "en");
        assertThat(inside.target()).isEqualTo("120 navires, 14 ports.");
        // One number of the memory cannot become two.
        assertThat(NumberFixes.apply("5 and 5.", "5 and 6.", "5 et 5.", "en").fixes())
                .isEmpty();
    }

    @Test
    void theIndexTermsAreTheFoldedKeysWithNumbersAndCodesAsPlaceholders() {
        Map<String, Integer> upper = MatchGrams.of(MatchTokens.of("ROOM 12", "en"));
        Map<String, Integer> lower = MatchGrams.of(MatchTokens.of("room 14", "en"));
        assertThat(upper).isEqualTo(lower).containsEntry("room", 1).containsEntry("#", 1);
        assertThat(MatchGrams.of(MatchTokens.of("ＲＯＯＭ", "en"))).containsKey("room");
        assertThat(MatchGrams.of(MatchTokens.of("经济走廊", "zh-Hans")).keySet()).containsExactly("经", "济", "走", "廊");
        assertThat(MatchGrams.of(MatchTokens.of("the the", "en"))).containsEntry("the", 2);
    }

    @Test
    void theMinimumToShareIsTheBoundTheThresholdSets() {
        // 8 tokens, all distinct, threshold 50: at least 4 must stand unchanged.
        assertThat(MatchGrams.minimumShouldMatch(8, 8, 50)).isEqualTo(4);
        // A repeated key counts once among the distinct terms.
        assertThat(MatchGrams.minimumShouldMatch(8, 7, 50)).isEqualTo(3);
        assertThat(MatchGrams.minimumShouldMatch(8, 8, 100)).isEqualTo(8);
        assertThat(MatchGrams.minimumShouldMatch(1, 1, 0)).isEqualTo(1);
    }
}
