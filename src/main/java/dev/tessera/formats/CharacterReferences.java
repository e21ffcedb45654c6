package dev.tessera.formats;

/** Where an HTML character reference ({@code &amp;}, {@code &#233;}, {@code &#xE9;}) that starts at {@code &} ends. */
final class CharacterReferences {

    private CharacterReferences() {}

    /** The end of the reference starting at {@code at} (its {@code ;} included), or -1 when none starts there. */
    static int end(CharSequence text, int at, int limit) {
        int i = at + 1;
        if (i >= limit) {
            return -1;
        }
        if (text.charAt(i) == '#') {
            i++;
            boolean hex = i < limit && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
            i += hex ? 1 : 0;
            int digits = i;
            while (i < limit && Character.digit(text.charAt(i), hex ? 16 : 10) >= 0 && i - digits < 8) {
                i++;
            }
            if (i == digits) {
                return -1;
            }
        } else {
            int letters = i;
            while (i < limit && i - letters < 32 && isAsciiLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i == letters || !Character.isLetter(text.charAt(letters))) {
                return -1;
            }
        }
        return i < limit && text.charAt(i) == ';' ? i + 1 : i;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
