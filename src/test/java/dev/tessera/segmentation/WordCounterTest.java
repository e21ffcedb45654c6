package dev.tessera.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCounterTest {

    @Test
    void wordsAreCountedWithoutPunctuationOrSpaces() {
        assertThat(WordCounter.count("The U.S. envoy met Dr. Smith at 07:05 PM.", "en"))
                .as("07:05 is two numbers")
                .isEqualTo(10);
        assertThat(WordCounter.count("  ", "en")).isZero();
        assertThat(WordCounter.count("L'envoyé a parlé 2,5 heures.", "fr")).isEqualTo(5);
    }

    @Test
    void chineseWordsAreFoundWithoutSpaces() {
        assertThat(WordCounter.count("美国特使会见了史密斯博士。", "zh-Hans")).isBetween(4, 7);
    }
}
