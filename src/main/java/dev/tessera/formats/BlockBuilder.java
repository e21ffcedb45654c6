package dev.tessera.formats;

import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.CodeMarkers.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.parser.Parser;

/**
 * Builds one block from the pieces a filter meets in document order: text (white space collapsed to one space, as
 * a reader sees it) and inline codes. Codes that wrap the whole block or stand at its edges are left out of it:
 * they stay in the file around the translated text.
 */
final class BlockBuilder {

    private final String part;
    private final String kind;
    private String role;
    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private final List<InlineCode> codes = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();

    BlockBuilder(String part, String kind, String role) {
        this.part = part;
        this.kind = kind;
        this.role = role;
    }

    /** Appends a character that lies at {@code start}–{@code end} of the part. */
    void character(char c, int start, int end) {
        if (isSpace(c)) {
            int last = text.length() - 1;
            if (last >= 0 && text.charAt(last) == ' ') {
                ends[last] = end;
                return;
            }
            c = ' ';
        }
        append(c, start, end);
    }

    /** Appends decoded text whose every character lies at {@code start}–{@code end} (a character reference). */
    void characters(String decoded, int start, int end) {
        for (int i = 0; i < decoded.length(); i++) {
            character(decoded.charAt(i), start, end);
        }
    }

    /** How a format writes characters in its source: character references, and Markdown's backslash escapes. */
    enum Escapes {
        /** HTML text, or XML (whose references HTML's include). */
        HTML_TEXT,
        HTML_ATTRIBUTE,
        /** References only with their semicolon, and a backslash before punctuation. */
        MARKDOWN
    }

    /** Appends the text of {@code raw} from {@code from} to {@code to}, each character where it stands there. */
    void source(String raw, int from, int to, Escapes escapes) {
        int i = from;
        while (i < to) {
            char c = raw.charAt(i);
            if (escapes == Escapes.MARKDOWN && c == '\\' && i + 1 < to && isAsciiPunctuation(raw.charAt(i + 1))) {
                character(raw.charAt(i + 1), i, i + 2);
                i += 2;
                continue;
            }
            int end = c == '&' ? CharacterReferences.end(raw, i, to) : -1;
            if (end > 0 && (escapes != Escapes.MARKDOWN || raw.charAt(end - 1) == ';')) {
                String reference = raw.substring(i, end);
                String decoded = Parser.unescapeEntities(reference, escapes == Escapes.HTML_ATTRIBUTE);
                if (!decoded.equals(reference)) {
                    characters(decoded, i, end);
                    i = end;
                    continue;
                }
            }
            character(c, i, i + 1);
            i++;
        }
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 0x80 && c > ' ' && !Character.isLetterOrDigit(c);
    }

    /** Opens a paired code whose start markup lies at {@code start}–{@code end}; answers its index. */
    int open(String name, String markup, int start, int end) {
        return open(name, markup, Map.of(), start, end);
    }

    /** Opens a paired code with facts about it ({@code href}: a link's address). */
    int open(String name, String markup, Map<String, String> facts, int start, int end) {
        int index = codes.size();
        codes.add(new InlineCode(0, name, String.valueOf(index + 1), markup, "", facts));
        spans.add(new int[] {start, end, end, end});
        append(CodeMarkers.marker(Kind.OPEN, index), start, end);
        return index;
    }

    /** Closes the paired code {@code index} with the end markup at {@code start}–{@code end}. */
    void close(int index, String markup, int start, int end) {
        InlineCode code = codes.get(index);
        codes.set(index, new InlineCode(0, code.name(), code.id(), code.open(), markup, code.data()));
        int[] span = spans.get(index);
        span[2] = start;
        span[3] = end;
        append(CodeMarkers.marker(Kind.CLOSE, index), start, end);
    }

    /** Appends a standalone code whose markup lies at {@code start}–{@code end}. */
    void standalone(String name, String markup, int start, int end) {
        standalone(name, markup, start, end, true);
    }

    /**
     * Appends a standalone code at {@code start}–{@code end}; {@code markupIsThere} tells whether the markup is that
     * range of the part (then edits inside it apply when it is written) or made for it.
     */
    void standalone(String name, String markup, int start, int end, boolean markupIsThere) {
        int index = codes.size();
        codes.add(new InlineCode(0, name, String.valueOf(index + 1), markup, null, Map.of()));
        spans.add(markupIsThere ? new int[] {start, end, -1, -1} : new int[] {-1, -1, -1, -1});
        append(CodeMarkers.marker(Kind.STANDALONE, index), start, end);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Where the last character or code appended ends in the part, or {@code orElse} before the first. */
    int lastEnd(int orElse) {
        return text.isEmpty() ? orElse : ends[text.length() - 1];
    }

    /**
     * The block, without the codes and spaces at its edges, its codes numbered in order of appearance; empty when
     * no letter is left to translate.
     */
    Optional<Block> build() {
        int from = 0;
        int to = text.length();
        boolean trimmed = true;
        while (trimmed && from < to) {
            trimmed = false;
            char first = text.charAt(from);
            char last = text.charAt(to - 1);
            if (first == ' ' || CodeMarkers.isMarker(first) && CodeMarkers.kind(first) == Kind.STANDALONE) {
                from++;
                trimmed = true;
            } else if (last == ' ' || CodeMarkers.isMarker(last) && CodeMarkers.kind(last) == Kind.STANDALONE) {
                to--;
                trimmed = true;
            } else if (CodeMarkers.isMarker(first)
                    && CodeMarkers.kind(first) == Kind.OPEN
                    && last == CodeMarkers.marker(Kind.CLOSE, CodeMarkers.index(first))) {
                from++;
                to--;
                trimmed = true;
            }
        }
        String kept = text.substring(from, to);
        if (kept.codePoints().noneMatch(Character::isLetter) || !inFileOrder(from, to)) {
            return Optional.empty();
        }
        Map<Integer, Integer> renumbered = new HashMap<>();
        List<InlineCode> keptCodes = new ArrayList<>();
        List<int[]> keptSpans = new ArrayList<>();
        StringBuilder out = new StringBuilder(kept.length());
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            if (!CodeMarkers.isMarker(c)) {
                out.append(c);
                continue;
            }
            int old = CodeMarkers.index(c);
            Integer index = renumbered.get(old);
            if (index == null) {
                index = keptCodes.size();
                renumbered.put(old, index);
                InlineCode code = codes.get(old);
                keptCodes.add(new InlineCode(
                        0, code.name(), String.valueOf(index + 1), code.open(), code.close(), code.data()));
                keptSpans.add(spans.get(old));
            }
            out.append(CodeMarkers.marker(CodeMarkers.kind(c), index));
        }
        return Optional.of(new Block(
                part,
                kind,
                role,
                out.toString(),
                keptCodes,
                keptSpans,
                Arrays.copyOfRange(starts, from, to),
                Arrays.copyOfRange(ends, from, to)));
    }

    /** A parser that moved content (a browser moves stray text out of a table) leaves it to the skeleton. */
    private boolean inFileOrder(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (starts[i] < ends[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private void append(char c, int start, int end) {
        if (text.length() == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        starts[text.length()] = start;
        ends[text.length()] = end;
        text.append(c);
    }

    static boolean isSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == '\f'
                || c == '\u000B'
                || c == '\u0085'
                || c == '\u2028'
                || c == '\u2029';
    }
}
