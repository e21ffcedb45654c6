package dev.tessera.translation.editor;

import dev.tessera.glossary.TermMention;
import dev.tessera.project.CodeLabel;
import dev.tessera.shared.CodeMarkers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A sentence as HTML for the reading pane of an article with structure: its inline codes as the formatting they stand
 * for (bold, italic, underline, code, a link titled with its address, a line break), other codes as titled tags,
 * glossary terms underlined. The markup always nests: a pair the text leaves open is closed at its end, an end
 * without its start is dropped, and a term that holds a code is not underlined.
 */
final class FormattedText {

    private FormattedText() {}

    static String html(String text, List<CodeLabel> codes, List<TermMention> terms) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        Deque<Integer> open = new ArrayDeque<>();
        List<TermMention> underlined = underlined(text, terms);
        int next = 0;
        TermMention term = null;
        for (int i = 0; i < text.length(); i++) {
            if (term == null && next < underlined.size() && underlined.get(next).start() == i) {
                term = underlined.get(next++);
                out.append("<span class=\"term\">");
            }
            char c = text.charAt(i);
            if (!CodeMarkers.isMarker(c)) {
                out.append(TermMarkup.escape(String.valueOf(c)));
            } else if (CodeMarkers.kind(c) == CodeMarkers.Kind.OPEN) {
                open.push(CodeMarkers.index(c));
                out.append(start(CodeMarkers.index(c), codes));
            } else if (CodeMarkers.kind(c) == CodeMarkers.Kind.CLOSE) {
                close(out, open, CodeMarkers.index(c), codes);
            } else {
                out.append(standalone(c, codes));
            }
            if (term != null && term.end() == i + 1) {
                out.append("</span>");
                term = null;
            }
        }
        while (!open.isEmpty()) {
            out.append(end(open.pop(), codes));
        }
        return out.toString();
    }

    /** The terms in order that can be underlined: within the text, not overlapping, holding no code. */
    private static List<TermMention> underlined(String text, List<TermMention> terms) {
        List<TermMention> kept = new ArrayList<>();
        int at = 0;
        for (TermMention term : terms) {
            if (term.start() >= at
                    && term.start() < term.end()
                    && term.end() <= text.length()
                    && !CodeMarkers.hasMarkers(text.substring(term.start(), term.end()))) {
                kept.add(term);
                at = term.end();
            }
        }
        return kept;
    }

    /** Ends the pair's element; the elements opened inside it are ended before it and started again after. */
    private static void close(StringBuilder out, Deque<Integer> open, int index, List<CodeLabel> codes) {
        if (!open.contains(index)) {
            return;
        }
        Deque<Integer> inside = new ArrayDeque<>();
        for (int top = open.pop(); ; top = open.pop()) {
            out.append(end(top, codes));
            if (top == index) {
                break;
            }
            inside.push(top);
        }
        while (!inside.isEmpty()) {
            int again = inside.pop();
            open.push(again);
            out.append(start(again, codes));
        }
    }

    private static String start(int index, List<CodeLabel> codes) {
        String kind = kind(index, codes);
        return switch (kind) {
            case "bold", "italic", "underline", "code" -> "<" + element(kind) + ">";
            case "link" -> "<a class=\"link\" title=\"" + title(index, codes) + "\">";
            default -> "<span title=\"" + title(index, codes) + "\">";
        };
    }

    private static String title(int index, List<CodeLabel> codes) {
        return TermMarkup.escape(CodeTags.describe(CodeMarkers.marker(CodeMarkers.Kind.OPEN, index), codes));
    }

    private static String end(int index, List<CodeLabel> codes) {
        return "</" + element(kind(index, codes)) + ">";
    }

    private static String standalone(char marker, List<CodeLabel> codes) {
        return kind(CodeMarkers.index(marker), codes).equals("line-break")
                ? "<br>"
                : "<span class=\"code\" title=\"" + TermMarkup.escape(CodeTags.describe(marker, codes)) + "\">"
                        + TermMarkup.escape(CodeMarkers.tag(marker)) + "</span>";
    }

    private static String element(String kind) {
        return switch (kind) {
            case "bold" -> "b";
            case "italic" -> "i";
            case "underline" -> "u";
            case "code" -> "code";
            case "link" -> "a";
            default -> "span";
        };
    }

    private static String kind(int index, List<CodeLabel> codes) {
        return index < codes.size() ? codes.get(index).kind() : "";
    }
}
