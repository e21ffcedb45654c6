package dev.tessera.translation.editor;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.tessera.project.CodeLabel;
import dev.tessera.shared.CodeMarkers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A segment's text as components, for the side panel: inline codes shown as tags as in the grid, and the given
 * stretches wrapped in a span with a class (a match's differences, a concordance hit). Text only, never HTML.
 */
public final class MarkedText {

    /** A stretch of the text, from {@code start} to {@code end} (exclusive, UTF-16 offsets). */
    public record Range(int start, int end) {}

    private MarkedText() {}

    /** Another segment's text (a memory's), whose codes are not known here: its tags say only that they are codes. */
    public static Div of(String text, List<Range> marked, String markClass) {
        return of(text, marked, markClass, List.of());
    }

    /** The text of a segment whose codes are {@code codes} (by code index): each tag says what it is. */
    static Div of(String text, List<Range> marked, String markClass, List<CodeLabel> codes) {
        Div out = new Div();
        int at = 0;
        for (Range range : merged(marked, text.length())) {
            add(out, text.substring(at, range.start()), codes);
            Span mark = new Span();
            mark.addClassName(markClass);
            add(mark, text.substring(range.start(), range.end()), codes);
            out.add(mark);
            at = range.end();
        }
        add(out, text.substring(at), codes);
        return out;
    }

    /** The ranges in order, clipped to the text, overlapping ones joined. */
    static List<Range> merged(List<Range> ranges, int length) {
        List<Range> sorted = ranges.stream()
                .map(r -> new Range(Math.max(0, r.start()), Math.min(length, r.end())))
                .filter(r -> r.start() < r.end())
                .sorted(Comparator.comparingInt(Range::start))
                .toList();
        List<Range> merged = new ArrayList<>();
        for (Range range : sorted) {
            Range last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && range.start() <= last.end()) {
                merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    /** Adds the text, each inline code as its tag in a {@code span.code} titled with what it is. */
    static void add(HasComponents into, String text, List<CodeLabel> codes) {
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            if (CodeMarkers.isMarker(text.charAt(i))) {
                addText(into, text.substring(at, i));
                Span code = new Span(CodeMarkers.tag(text.charAt(i)));
                code.addClassName("code");
                code.setTitle(CodeTags.describe(text.charAt(i), codes));
                into.add(code);
                at = i + 1;
            }
        }
        addText(into, text.substring(at));
    }

    private static void addText(HasComponents into, String text) {
        if (!text.isEmpty()) {
            into.add(new Text(text));
        }
    }
}
