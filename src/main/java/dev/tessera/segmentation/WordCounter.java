package dev.tessera.segmentation;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** Counts the words of a text by ICU's word boundaries: Chinese and Japanese words are found without spaces. */
public final class WordCounter {

    private WordCounter() {}

    public static int count(String text, String languageTag) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(languageTag));
        words.setText(text);
        int count = 0;
        words.first();
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }
}
