package dev.tessera.translation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.translation.editor.WordDiff.Kind;
import dev.tessera.translation.editor.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void wordsChangedBetweenVersionsAreMarked() {
        assertThat(WordDiff.diff("Ils ont parlé deux heures.", "Ils ont parlé 2,5 heures.", "fr"))
                .containsExactly(
                        new Part(Kind.SAME, "Ils ont parlé "),
                        new Part(Kind.REMOVED, "deux"),
                        new Part(Kind.ADDED, "2,5"),
                        new Part(Kind.SAME, " heures."));
    }

    @Test
    void chineseIsComparedWordByWordWithoutSpaces() {
        assertThat(WordDiff.diff("美国特使会见了史密斯博士。", "美国特使会晤了史密斯博士。", "zh-Hans"))
                .containsExactly(
                        new Part(Kind.SAME, "美国特使"),
                        new Part(Kind.REMOVED, "会见"),
                        new Part(Kind.ADDED, "会晤"),
                        new Part(Kind.SAME, "了史密斯博士。"));
    }

    @Test
    void aFirstTranslationIsAllAdded() {
        assertThat(WordDiff.diff(null, "یہ سوال ہے؟", "ur")).containsExactly(new Part(Kind.ADDED, "یہ سوال ہے؟"));
        assertThat(WordDiff.diff("Same.", "Same.", "en")).containsExactly(new Part(Kind.SAME, "Same."));
    }
}
