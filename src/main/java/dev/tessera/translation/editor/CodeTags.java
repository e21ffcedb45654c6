package dev.tessera.translation.editor;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.project.CodeLabel;
import dev.tessera.shared.CodeMarkers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the tags of a segment's inline codes stand for, said to a person: "bold", "link to https://…". */
final class CodeTags {

    private CodeTags() {}

    /** What the marker's code is, in the page's language; "Inline code" where the segment does not say. */
    static String describe(char marker, List<CodeLabel> codes) {
        int index = CodeMarkers.index(marker);
        if (index >= codes.size()) {
            return I18NProvider.translate("segment.marked-text.inline-code");
        }
        CodeLabel code = codes.get(index);
        if (code.kind().equals("link")
                && code.detail() != null
                && !code.detail().isEmpty()) {
            return I18NProvider.translate("segment.code.link-to", code.detail());
        }
        return I18NProvider.translate("segment.code." + code.kind());
    }

    /** The source's codes in order, each as its tag (a pair as {@code <1>…</1>}) and what it is: under the editor. */
    static Div legend(String source, List<CodeLabel> codes) {
        Set<Integer> seen = new LinkedHashSet<>();
        Div legend = new Div();
        legend.setId("code-legend");
        legend.addClassName("code-legend");
        for (char c : source.toCharArray()) {
            if (CodeMarkers.isMarker(c)
                    && CodeMarkers.kind(c) != CodeMarkers.Kind.CLOSE
                    && seen.add(CodeMarkers.index(c))) {
                Span tag = new Span(
                        CodeMarkers.kind(c) == CodeMarkers.Kind.OPEN
                                ? CodeMarkers.tag(c) + "…" + CodeMarkers.tag(closing(c))
                                : CodeMarkers.tag(c));
                tag.addClassName("code");
                Span entry = new Span(tag, new Text(describe(c, codes)));
                entry.addClassName("code-legend-entry");
                entry.getElement().setAttribute("data-code", String.valueOf(CodeMarkers.index(c) + 1));
                legend.add(entry);
            }
        }
        return legend;
    }

    private static char closing(char open) {
        return CodeMarkers.marker(CodeMarkers.Kind.CLOSE, CodeMarkers.index(open));
    }
}
