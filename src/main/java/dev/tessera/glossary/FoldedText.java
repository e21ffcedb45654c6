package dev.tessera.glossary;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * A text as term matching sees it, with every character mapped back to the span of the original it came from:
 * NFC, full- and half-width forms folded to their ordinary forms, runs of white space as one space, typographic
 * apostrophes and hyphens as ASCII ones, and Arabic-script letter variants (Arabic and Farsi yeh, kaf and keheh,
 * heh and heh goal, alef with hamza) as one letter, their short-vowel marks and tatweel dropped, so that Urdu and
 * Arabic renderings typed either way match. {@link #lower} is the same text in lower case, character for
 * character. Terms are folded the same way before they go into an automaton.
 */
final class FoldedText {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    final char[] text;
    final char[] lower;
    final int length;
    private final int[] from;
    private final int[] to;

    private FoldedText(char[] text, char[] lower, int[] from, int[] to, int length) {
        this.text = text;
        this.lower = lower;
        this.from = from;
        this.to = to;
        this.length = length;
    }

    static FoldedText of(CharSequence original) {
        Builder out = new Builder(original.length());
        int n = original.length();
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            if (c < 0x300 && (i + 1 >= n || original.charAt(i + 1) < 0x300)) {
                out.simple(c, i, i + 1);
                i++;
                continue;
            }
            int start = i;
            i += Character.charCount(Character.codePointAt(original, i));
            while (i < n && !NFC.hasBoundaryBefore(Character.codePointAt(original, i))) {
                i += Character.charCount(Character.codePointAt(original, i));
            }
            String chunk = original.subSequence(start, i).toString();
            String normal = NFC.isNormalized(chunk) ? chunk : NFC.normalize(chunk);
            for (int k = 0; k < normal.length(); ) {
                int cp = normal.codePointAt(k);
                k += Character.charCount(cp);
                out.codePoint(cp, start, i);
            }
        }
        return out.build();
    }

    /** The characters of the array, trimmed to the text's length (the array itself when it has that length). */
    char[] exactly(char[] chars) {
        return chars.length == length ? chars : java.util.Arrays.copyOf(chars, length);
    }

    /** The folded text as a string (for building keys). */
    String text() {
        return new String(text, 0, length);
    }

    String lower() {
        return new String(lower, 0, length);
    }

    /** The start, in the original, of the folded character at {@code index}. */
    int originalStart(int index) {
        return from[index];
    }

    /** The end (exclusive), in the original, of the folded character at {@code index}. */
    int originalEnd(int index) {
        return to[index];
    }

    /** Folds one term's text the way texts are folded. */
    static String fold(String term) {
        return of(term).text().strip();
    }

    private static final class Builder {

        private char[] text;
        private char[] lower;
        private int[] from;
        private int[] to;
        private int length;

        Builder(int capacity) {
            int size = Math.max(1, capacity);
            text = new char[size];
            lower = new char[size];
            from = new int[size];
            to = new int[size];
        }

        void simple(char c, int start, int end) {
            if (isSpace(c)) {
                space(start, end);
            } else if (c == '\u00AD') {
                return; // a soft hyphen is invisible
            } else {
                put(c, start, end);
            }
        }

        void codePoint(int cp, int start, int end) {
            if (cp < 0x300) {
                simple((char) cp, start, end);
            } else if (cp < 0x10000) {
                char c = (char) cp;
                if (isSpace(c)) {
                    space(start, end);
                    return;
                }
                int type = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
                if (type == UCharacter.DecompositionType.WIDE || type == UCharacter.DecompositionType.NARROW) {
                    String plain = NFKC.normalize(String.valueOf(c));
                    for (int k = 0; k < plain.length(); k++) {
                        simple(plain.charAt(k), start, end);
                    }
                    return;
                }
                char folded = punctuation(arabic(c));
                if (folded != 0) {
                    put(folded, start, end);
                }
            } else {
                for (char c : Character.toChars(cp)) {
                    put(c, start, end);
                }
            }
        }

        private void space(int start, int end) {
            if (length > 0 && text[length - 1] == ' ') {
                to[length - 1] = end;
            } else {
                put(' ', start, end);
            }
        }

        private void put(char c, int start, int end) {
            if (length == text.length) {
                grow();
            }
            text[length] = c;
            lower[length] = Character.toLowerCase(c);
            from[length] = start;
            to[length] = end;
            length++;
        }

        private void grow() {
            int size = Math.max(16, text.length * 2);
            text = java.util.Arrays.copyOf(text, size);
            lower = java.util.Arrays.copyOf(lower, size);
            from = java.util.Arrays.copyOf(from, size);
            to = java.util.Arrays.copyOf(to, size);
        }

        FoldedText build() {
            return new FoldedText(text, lower, from, to, length);
        }
    }

    static boolean isSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == '\u00A0'
                || c == '\u2007'
                || c == '\u202F'
                || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A')
                || c == '\u000B'
                || c == '\u000C';
    }

    /** Typographic apostrophes and hyphens as ASCII ones. */
    private static char punctuation(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC' -> '\'';
            case '\u2010', '\u2011' -> '-';
            default -> c;
        };
    }

    /** Arabic-script letter variants as one letter; 0 for marks that are dropped. */
    private static char arabic(char c) {
        if (c < '\u0600' || c > '\u06FF') {
            return c;
        }
        return switch (c) {
            case '\u064A', '\u0649', '\u06D0' -> '\u06CC'; // Arabic yeh, alef maksura → Farsi yeh
            case '\u0643' -> '\u06A9'; // Arabic kaf → keheh
            case '\u0647', '\u06D5' -> '\u06C1'; // heh, ae → heh goal
            case '\u0623', '\u0625', '\u0671' -> '\u0627'; // alef with hamza, wasla → alef
            case '\u0640' -> 0; // tatweel
            default -> (c >= '\u064B' && c <= '\u065F') || c == '\u0670' ? 0 : c; // short vowels, superscript alef
        };
    }
}
