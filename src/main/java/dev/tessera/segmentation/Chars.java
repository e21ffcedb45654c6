package dev.tessera.segmentation;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** Character classes the scanner needs, as table look-ups or cheap tests. */
final class Chars {

    private static final boolean[] TERMINATOR = new boolean[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            int sb = UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
            TERMINATOR[c] = sb == UCharacter.SentenceBreak.STERM || sb == UCharacter.SentenceBreak.ATERM;
        }
        TERMINATOR['\u2026'] = true; // … is not a terminator in UAX #29, but ends sentences like "..."
    }

    private Chars() {}

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    static boolean isWhitespace(char c) {
        return Character.isWhitespace(c)
                || c == '\u00A0'
                || c == '\u2007'
                || c == '\u202F'
                || c == '\uFEFF'
                || c == '\u200B';
    }

    /** A sentence terminator of any script (Unicode STerm and ATerm, plus …). */
    static boolean isTerminator(char c) {
        return TERMINATOR[c];
    }

    /** Terminators of scripts written without a space after the sentence: CJK, Ethiopic, Myanmar. */
    static boolean endsWithoutSpace(char c) {
        return switch (c) {
            case '\u3002', '\uFF61', '\uFF0E', '\uFF01', '\uFF1F', '\u1362', '\u1367', '\u1368', '\u104B' -> true;
            default -> false;
        };
    }

    /** Quotes and closing brackets that stay with the sentence they follow. */
    static boolean isCloser(char c) {
        if (c == '"' || c == '\'') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    /** Punctuation that may stand before the first word of a sentence. */
    static boolean isLeading(char c) {
        if (c == '"'
                || c == '\''
                || c == '\u00BF'
                || c == '\u00A1'
                || c == '*'
                || c == '_'
                || isBullet(c)
                || Character.getType(c) == Character.PRIVATE_USE) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.DASH_PUNCTUATION;
    }

    static boolean isBullet(char c) {
        return switch (c) {
            case '\u2022',
                    '\u2023',
                    '\u2043',
                    '\u25E6',
                    '\u2219',
                    '\u25CF',
                    '\u25AA',
                    '\u25A0',
                    '\u25BA',
                    '\u25B8',
                    '\u27A2' -> true;
            default -> false;
        };
    }

    /**
     * Invisible characters a sentence end looks through: format characters, and private-use ones, which stand for
     * inline codes (a bold run's end, a footnote reference) that belong to the sentence before them.
     */
    static boolean isFormat(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.PRIVATE_USE;
    }

    /** Lower case in a script that has case; Georgian Mkhedruli counts as caseless, as it is written. */
    static boolean isLower(int cp) {
        return Character.isLowerCase(cp) && !(cp >= 0x10D0 && cp <= 0x10FF);
    }

    static boolean isIdeographicOrKana(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
    }

    /** Characters a word (or abbreviation, or number) is made of, looking back from a full stop. */
    static boolean isStemChar(char c) {
        if (Character.isLetterOrDigit(c)
                || c == '.'
                || c == '-'
                || c == '\''
                || c == '\u2019'
                || c == '\u00B0'
                || c == '\u00BA') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT;
    }
}
