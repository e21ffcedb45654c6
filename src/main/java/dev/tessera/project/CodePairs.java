package dev.tessera.project;

import dev.tessera.segmentation.SourceSegment;
import dev.tessera.shared.CodeMarkers;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps inline code pairs whole in one segment: a sentence break that falls between a code's start and its end
 * (a bold phrase running over two sentences) is not made, and end markers right after a break go with the
 * sentence they close.
 */
final class CodePairs {

    private CodePairs() {}

    static List<SourceSegment> keepWhole(List<SourceSegment> cut, String text) {
        List<SourceSegment> kept = new ArrayList<>(cut.size());
        for (SourceSegment segment : cut) {
            SourceSegment previous = kept.isEmpty() ? null : kept.getLast();
            if (previous == null || previous.paragraph() != segment.paragraph() || !opensMore(previous.text())) {
                kept.add(range(segment.paragraph(), segment.start(), segment.end(), text, kept.size() + 1));
                continue;
            }
            int start = segment.start();
            while (start < segment.end()
                    && CodeMarkers.isMarker(text.charAt(start))
                    && CodeMarkers.kind(text.charAt(start)) == CodeMarkers.Kind.CLOSE
                    && opensMore(text.substring(previous.start(), start))) {
                start++;
            }
            int rest = start;
            while (rest < segment.end() && Character.isWhitespace(text.charAt(rest))) {
                rest++;
            }
            boolean stillOpen = opensMore(text.substring(previous.start(), start));
            int firstEnd = stillOpen || rest == segment.end() ? segment.end() : start;
            kept.set(kept.size() - 1, range(previous.paragraph(), previous.start(), firstEnd, text, kept.size()));
            if (firstEnd < segment.end()) {
                kept.add(range(segment.paragraph(), rest, segment.end(), text, kept.size() + 1));
            }
        }
        return kept;
    }

    /** Whether every code pair the text opens it also closes, and every pair it closes it opened. */
    static boolean balanced(String text) {
        java.util.BitSet open = new java.util.BitSet();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CodeMarkers.isMarker(c) && CodeMarkers.kind(c) == CodeMarkers.Kind.OPEN) {
                open.set(CodeMarkers.index(c));
            } else if (CodeMarkers.isMarker(c) && CodeMarkers.kind(c) == CodeMarkers.Kind.CLOSE) {
                if (!open.get(CodeMarkers.index(c))) {
                    return false;
                }
                open.clear(CodeMarkers.index(c));
            }
        }
        return open.isEmpty();
    }

    /** Whether the text opens a pair it does not close. */
    static boolean opensMore(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CodeMarkers.isMarker(c)) {
                CodeMarkers.Kind kind = CodeMarkers.kind(c);
                open += kind == CodeMarkers.Kind.OPEN ? 1 : kind == CodeMarkers.Kind.CLOSE ? -1 : 0;
            }
        }
        return open > 0;
    }

    private static SourceSegment range(int paragraph, int start, int end, String text, int position) {
        return new SourceSegment(position, paragraph, start, end, text.substring(start, end));
    }
}
