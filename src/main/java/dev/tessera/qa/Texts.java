package dev.tessera.qa;

import java.util.Locale;

/** Small text helpers shared by the checks. */
final class Texts {

    private Texts() {}

    /** A space of any kind (ASCII, no-break, narrow no-break, ideographic, tab, line break). */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Characters that render as nothing: zero-width space and joiners, bidi marks, BOM. */
    static boolean isInvisible(int cp) {
        return cp == 0x200B
                || cp == 0x200C
                || cp == 0x200D
                || cp == 0x200E
                || cp == 0x200F
                || cp == 0x2060
                || cp == 0xFEFF
                || cp == 0x061C;
    }

    /** True when the text has nothing visible: only spaces of any kind and invisible marks. */
    static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isSpace(cp) && !isInvisible(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** The text without leading and trailing spaces of any kind. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** The lower-case language subtag of a BCP 47 tag: {@code zh} for {@code zh-Hans}; empty for null. */
    static String language(String tag) {
        if (tag == null) {
            return "";
        }
        String t = tag.strip();
        int cut = t.indexOf('-');
        if (cut < 0) {
            cut = t.indexOf('_');
        }
        return (cut < 0 ? t : t.substring(0, cut)).toLowerCase(Locale.ROOT);
    }

    /** The text in quotes for a message, shortened when long. */
    static String quote(String text) {
        String t = strip(text);
        if (t.codePointCount(0, t.length()) > 60) {
            t = t.substring(0, t.offsetByCodePoints(0, 57)) + "…";
        }
        return "\"" + t + "\"";
    }

    /** The number of code points in the text. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
