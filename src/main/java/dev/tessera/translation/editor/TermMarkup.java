package dev.tessera.translation.editor;

import dev.tessera.glossary.TermMention;
import dev.tessera.project.CodeLabel;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.XmlText;
import java.util.List;

/**
 * A sentence as HTML for the grid and the reading pane: glossary terms underlined, inline codes as tags that are not
 * part of the text, each titled with what it is ({@code codes}, by code index).
 */
final class TermMarkup {

    private TermMarkup() {}

    /** The text, escaped, with each term in a {@code span.term} whose title names its renderings. */
    static String html(String text, List<TermMention> terms, List<CodeLabel> codes) {
        return html(text, terms, codes, true);
    }

    /**
     * As {@link #html(String, List, List)}; without term titles the markup stays small, for the reading pane, which
     * holds the whole article at once.
     */
    static String html(String text, List<TermMention> terms, List<CodeLabel> codes, boolean titles) {
        StringBuilder out = new StringBuilder(text.length() + 64 * terms.size());
        int at = 0;
        for (TermMention term : terms) {
            if (term.start() < at || term.end() > text.length()) {
                continue;
            }
            out.append(display(text.substring(at, term.start()), codes));
            out.append("<span class=\"term\"");
            if (titles) {
                out.append(" data-concept=\"")
                        .append(term.conceptId())
                        .append("\" title=\"")
                        .append(escape(title(term)))
                        .append('"');
            }
            out.append('>')
                    .append(display(text.substring(term.start(), term.end()), codes))
                    .append("</span>");
            at = term.end();
        }
        return out.append(display(text.substring(at), codes)).toString();
    }

    /** "中巴经济走廊 · 巴经走廊 · not 中巴走廊", or a note that the glossary has none for the locale. */
    static String title(TermMention term) {
        String renderings =
                term.renderings().isEmpty() ? "no rendering in this language" : String.join(" · ", term.renderings());
        return term.forbidden().isEmpty()
                ? renderings
                : renderings + " · not " + String.join(", not ", term.forbidden());
    }

    /** The text escaped, each inline code shown as its tag in a {@code span.code} titled with what it is. */
    static String display(String text, List<CodeLabel> codes) {
        if (!CodeMarkers.hasMarkers(text)) {
            return escape(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            if (CodeMarkers.isMarker(text.charAt(i))) {
                out.append(escape(text.substring(at, i)))
                        .append("<span class=\"code\" title=\"")
                        .append(escape(CodeTags.describe(text.charAt(i), codes)))
                        .append("\">")
                        .append(escape(CodeMarkers.tag(text.charAt(i))))
                        .append("</span>");
                at = i + 1;
            }
        }
        return out.append(escape(text.substring(at))).toString();
    }

    static String escape(String text) {
        return XmlText.escapeAttribute(text).replace("'", "&#39;");
    }
}
