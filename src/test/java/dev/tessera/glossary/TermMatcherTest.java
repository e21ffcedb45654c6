package dev.tessera.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

    private static TermMatcher.Entry<String> en(String text, String pos) {
        return new TermMatcher.Entry<>(text, Term.isAcronym(text), Inflection.of("en", pos), text);
    }

    private static List<String> found(TermMatcher<String> matcher, String text) {
        return matcher.find(text).stream()
                .map(m -> m.text() + "@" + m.start() + "-" + m.end() + "=" + m.values())
                .toList();
    }

    @Test
    void acronymsMatchInCapitalsAsWholeWordsOnly() {
        TermMatcher<String> matcher = TermMatcher.build(List.of(en("CPEC", "noun"), en("JCC", "noun")));
        assertThat(found(matcher, "The CPEC's JCC met; cpec and CPECX and XJCC do not count."))
                .containsExactly("CPEC@4-8=[CPEC]", "JCC@11-14=[JCC]");
        assertThat(found(matcher, "Two CPECs")).containsExactly("CPECs@4-9=[CPEC]");
    }

    @Test
    void wordsMatchInAnyCaseWithTheirInflections() {
        TermMatcher<String> matcher = TermMatcher.build(
                List.of(en("terrorist", "noun"), en("policy", null), en("consolidate", "verb"), en("tax", "noun")));
        assertThat(found(matcher, "Terrorists and a terrorist's policies; taxes consolidated, consolidating."))
                .containsExactly(
                        "Terrorists@0-10=[terrorist]",
                        "terrorist@17-26=[terrorist]",
                        "policies@29-37=[policy]",
                        "taxes@39-44=[tax]",
                        "consolidated@45-57=[consolidate]",
                        "consolidating@59-72=[consolidate]");
        assertThat(found(matcher, "counterterrorist terroristic")).isEmpty();
    }

    @Test
    void nounsAreNotConjugated() {
        TermMatcher<String> matcher = TermMatcher.build(List.of(en("corridor", "noun")));
        assertThat(found(matcher, "corridored corridoring corridors")).containsExactly("corridors@23-32=[corridor]");
    }

    @Test
    void theLongestOverlappingTermWins() {
        TermMatcher<String> matcher = TermMatcher.build(List.of(
                en("Committee", "noun"), en("Joint Coordination Committee", "noun"), en("Coordination", "noun")));
        assertThat(found(matcher, "The Joint Coordination Committee and a committee."))
                .containsExactly(
                        "Joint Coordination Committee@4-32=[Joint Coordination Committee]",
                        "committee@39-48=[Committee]");
    }

    @Test
    void chineseMatchesWithoutWordBoundaries() {
        TermMatcher<String> matcher = TermMatcher.build(List.of(
                new TermMatcher.Entry<>("中巴经济走廊", false, Inflection.NONE, "cpec"),
                new TermMatcher.Entry<>("联委会", false, Inflection.NONE, "jcc")));
        assertThat(found(matcher, "关于中巴经济走廊的联委会会议")).containsExactly("中巴经济走廊@2-8=[cpec]", "联委会@9-12=[jcc]");
    }

    @Test
    void urduLetterVariantsMatchEitherWay() {
        // کمیٹی typed with Arabic kaf and Arabic yeh, and with a short-vowel mark
        TermMatcher<String> matcher = TermMatcher.build(
                List.of(new TermMatcher.Entry<>("مشترکہ رابطہ کمیٹی", false, Inflection.NONE, "jcc")));
        String typed = "یہ مشتركہ رابطہ كميٹي ہے";
        assertThat(found(matcher, typed)).containsExactly("مشتركہ رابطہ كميٹي@3-21=[jcc]");
        assertThat(found(matcher, "مشترکہ رابطہ کمیٹیاں")).isEmpty();
    }

    @Test
    void offsetsPointIntoTheOriginalAfterNormalisation() {
        TermMatcher<String> matcher = TermMatcher.build(
                List.of(en("Joint Coordination Committee", "noun"), en("CPEC", "noun"), en("café", "noun")));
        // full-width CPEC, a no-break space and a double space inside the term, a decomposed é
        String text = "The ＣＰＥＣ's Joint\u00A0Coordination  Committee at the cafe\u0301.";
        List<TermMatcher.Match<String>> matches = matcher.find(text);
        assertThat(matches)
                .extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("ＣＰＥＣ", "Joint\u00A0Coordination  Committee", "cafe\u0301");
        assertThat(matches)
                .extracting(TermMatcher.Match::text)
                .containsExactly("ＣＰＥＣ", "Joint\u00A0Coordination  Committee", "cafe\u0301");
    }

    @Test
    void typographicApostrophesAndEmptyInputs() {
        TermMatcher<String> matcher = TermMatcher.build(List.of(en("Kabul", "properNoun")));
        assertThat(found(matcher, "Kabul’s streets")).containsExactly("Kabul@0-5=[Kabul]");
        assertThat(matcher.find("")).isEmpty();
        assertThat(matcher.find(null)).isEmpty();
        assertThat(TermMatcher.<String>build(List.of()).find("Kabul")).isEmpty();
        assertThat(TermMatcher.build(List.of(new TermMatcher.Entry<>("  ", false, Inflection.NONE, "x")))
                        .find("a  b"))
                .isEmpty();
    }

    @Test
    void surrogatePairsAndEmojiAroundTermsDoNotBreakOffsets() {
        TermMatcher<String> matcher = TermMatcher.build(List.of(en("Quad", "noun")));
        String text = "😀 Quad 𠀀Quad";
        assertThat(found(matcher, text)).containsExactly("Quad@3-7=[Quad]");
    }
}
