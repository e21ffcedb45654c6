package dev.tessera.segmentation;

import java.util.Locale;

/** The word before a full stop, and what it is: a number, a single letter, an abbreviation or a plain word. */
final class Stem {
    static final int EMPTY = 0;
    static final int PLAIN = 1;
    static final int NUMBER = 2;
    static final int LETTER = 3;
    static final int ABBREVIATION = 4;

    private static final int MAX_LENGTH = 64;

    private final LanguageRules rules;

    int kind;
    int start;
    int end;
    boolean digitsOnly;
    boolean multiPeriod;
    String lower;

    Stem(LanguageRules rules) {
        this.rules = rules;
    }

    /** Reads the word that ends at the full stop at {@code dot}, looking back no further than {@code lowerBound}. */
    void read(String text, int lowerBound, int dot) {
        end = dot;
        int k = dot - 1;
        while (k >= lowerBound && dot - k <= MAX_LENGTH && Chars.isStemChar(text.charAt(k))) {
            k--;
        }
        multiPeriod = false;
        digitsOnly = false;
        lower = "";
        if (dot - k > MAX_LENGTH) {
            kind = PLAIN;
            start = k + 1;
            return;
        }
        start = k + 1;
        // A word glued to a symbol ("km/h") is no initial or abbreviation.
        boolean glued = k >= lowerBound && !Chars.isWhitespace(text.charAt(k)) && !Chars.isLeading(text.charAt(k));
        while (start < dot && "'\u2019-.".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        if (start == dot) {
            kind = EMPTY;
            return;
        }
        StringBuilder sb = new StringBuilder(dot - start);
        int letters = 0;
        int digits = 0;
        int others = 0;
        int partLength = 0;
        boolean shortParts = true;
        boolean innerDot = false;
        for (int p = start; p < dot; p++) {
            char c = text.charAt(p);
            if (Chars.isFormat(c)) {
                continue;
            }
            sb.append(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isLetter(c)) {
                letters++;
                partLength++;
            } else if (Character.isDigit(c)) {
                digits++;
                shortParts = false;
            } else if (c == '.') {
                innerDot = true;
                shortParts &= partLength >= 1 && partLength <= 2;
                partLength = 0;
            } else if (!Character.isLowSurrogate(c)) {
                others++;
                shortParts = false;
            }
        }
        shortParts &= partLength >= 1 && partLength <= 2;
        lower = withoutElision(sb.toString().toLowerCase(Locale.ROOT));
        if (letters == 0 && digits > 0) {
            kind = NUMBER;
            digitsOnly = others == 0 && !innerDot;
        } else if (glued) {
            kind = PLAIN;
        } else if (letters == 1 && digits == 0 && others == 0 && !innerDot) {
            kind = LETTER;
        } else if (innerDot && shortParts) {
            kind = ABBREVIATION;
            multiPeriod = true;
        } else if (rules.isNonfinal(lower)
                || rules.takesNumber(lower)
                || rules.isTime(lower)
                || rules.isAmbiguous(lower)) {
            kind = ABBREVIATION;
        } else {
            kind = PLAIN;
        }
    }

    /** "l'ing" is "ing" after an elided article (Italian, French). */
    private String withoutElision(String word) {
        int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('\u2019'));
        if (apostrophe < 0 || apostrophe > 2 || apostrophe == word.length() - 1) {
            return word;
        }
        String rest = word.substring(apostrophe + 1);
        return rules.isNonfinal(rest) || rules.takesNumber(rest) || rules.isAmbiguous(rest) ? rest : word;
    }
}
