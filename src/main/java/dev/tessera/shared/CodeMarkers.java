package dev.tessera.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline codes of a segment (a bold run, a line break, a placeholder of another tool's file) are kept in its text
 * as one private-use character each, so that they stay whole: a standalone code is U+E000 + n, the start of a
 * paired code U+E400 + n and its end U+E800 + n, where n indexes the segment's code table. Every feature sees them
 * as characters that are neither letters nor digits; people see them as the tags {@code <n/>}, {@code <n>} and
 * {@code </n>} (n counted from 1).
 */
public final class CodeMarkers {

    public static final int MAX_CODES = 0x400;

    private static final char STANDALONE = '\uE000';
    private static final char OPEN = '\uE400';
    private static final char CLOSE = '\uE800';
    private static final Pattern TAG = Pattern.compile("<(/?)([1-9][0-9]{0,3})(/?)>");

    public enum Kind {
        STANDALONE,
        OPEN,
        CLOSE
    }

    private CodeMarkers() {}

    public static boolean isMarker(char c) {
        return c >= STANDALONE && c < CLOSE + MAX_CODES;
    }

    public static Kind kind(char marker) {
        return marker < OPEN ? Kind.STANDALONE : marker < CLOSE ? Kind.OPEN : Kind.CLOSE;
    }

    /** The index of the code in the segment's table. */
    public static int index(char marker) {
        return (marker - STANDALONE) % MAX_CODES;
    }

    public static char marker(Kind kind, int index) {
        if (index < 0 || index >= MAX_CODES) {
            throw new IllegalArgumentException("A segment holds at most " + MAX_CODES + " inline codes.");
        }
        char base = switch (kind) {
            case STANDALONE -> STANDALONE;
            case OPEN -> OPEN;
            case CLOSE -> CLOSE;
        };
        return (char) (base + index);
    }

    public static boolean hasMarkers(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                if (isMarker(text.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tag a person sees for the marker: {@code <2/>}, {@code <2>} or {@code </2>}. */
    public static String tag(char marker) {
        int n = index(marker) + 1;
        return switch (kind(marker)) {
            case STANDALONE -> "<" + n + "/>";
            case OPEN -> "<" + n + ">";
            case CLOSE -> "</" + n + ">";
        };
    }

    /** The text with every marker written as its tag. */
    public static String toTags(String text) {
        if (!hasMarkers(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isMarker(c) ? tag(c) : String.valueOf(c));
        }
        return out.toString();
    }

    /**
     * The text with the tags of the given markers turned back into markers; any other text that looks like a tag
     * stays as it was typed.
     */
    public static String fromTags(String text, String markersAllowed) {
        if (text == null || !hasMarkers(markersAllowed)) {
            return text;
        }
        Matcher tag = TAG.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (tag.find()) {
            boolean close = !tag.group(1).isEmpty();
            boolean standalone = !tag.group(3).isEmpty();
            int index = Integer.parseInt(tag.group(2)) - 1;
            String replacement = tag.group();
            if (!(close && standalone) && index < MAX_CODES) {
                char marker = marker(standalone ? Kind.STANDALONE : close ? Kind.CLOSE : Kind.OPEN, index);
                if (markersAllowed.indexOf(marker) >= 0) {
                    replacement = String.valueOf(marker);
                }
            }
            tag.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        tag.appendTail(out);
        return out.toString();
    }

    /** The text without its markers, as plain text shows it. */
    public static String strip(String text) {
        if (!hasMarkers(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isMarker(text.charAt(i))) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
