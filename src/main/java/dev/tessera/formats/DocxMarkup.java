package dev.tessera.formats;

import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.XmlText;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Writes a translated segment into a Word paragraph: the elements open where the segment starts are closed, the
 * target is written as runs (plain text with the paragraph's usual formatting, each formatting code's text with
 * its own, links and other codes as they were), and the elements open where the segment ended are opened again.
 */
final class DocxMarkup implements Splicer.Markup {

    /** Elements that hold runs, at whose level a translation's runs can be written. */
    private static final Set<String> RUN_LEVEL = Set.of("w:r", "w:t");

    private final DocxFilter.DocxPart part;
    private final String locale;

    DocxMarkup(DocxFilter.DocxPart part, String locale) {
        this.part = part;
        this.locale = locale;
    }

    @Override
    public String escape(Block block, String text) {
        return XmlText.escape(text);
    }

    @Override
    public String render(Splicer.Edit edit, String target, Splicer.Raw raw) {
        DocxParagraph paragraph = part.paragraph(edit.block());
        List<XmlTree.Element> from = DocxParagraph.openAt(paragraph.element(), edit.start());
        List<XmlTree.Element> to = DocxParagraph.openAt(paragraph.element(), edit.end());
        int common = 0;
        while (common < from.size() && common < to.size() && from.get(common) == to.get(common)) {
            common++;
        }
        if (locale == null
                && !CodeMarkers.hasMarkers(target)
                && common == from.size()
                && common == to.size()
                && common > 0
                && from.get(common - 1).name.equals("w:t")) {
            return escape(edit.block(), target);
        }
        while (common > 0 && RUN_LEVEL.contains(from.get(common - 1).name)) {
            common--;
        }
        StringBuilder out = new StringBuilder(target.length() * 2 + 64);
        for (int i = from.size() - 1; i >= common; i--) {
            out.append("</").append(from.get(i).name).append('>');
        }
        runs(paragraph, edit.block(), target, raw, out);
        for (int i = common; i < to.size(); i++) {
            reopen(to.get(i), out);
        }
        return out.toString();
    }

    private void runs(DocxParagraph paragraph, Block block, String target, Splicer.Raw raw, StringBuilder out) {
        String base = paragraph.baseProperties();
        Deque<String> formats = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (!CodeMarkers.isMarker(c)) {
                text.append(c);
                continue;
            }
            String properties = formats.isEmpty() ? base : formats.peek();
            writeRun(block, properties, text, out);
            InlineCode code = block.codes().get(CodeMarkers.index(c));
            int[] span = block.spans().get(CodeMarkers.index(c));
            switch (CodeMarkers.kind(c)) {
                case OPEN -> {
                    if (code.name().equals("a")) {
                        raw.copy(span[0], span[1], out);
                        formats.push(paragraph.linkProperties(span[0], properties));
                    } else {
                        formats.push(code.open());
                    }
                }
                case CLOSE -> {
                    formats.poll();
                    if (code.name().equals("a")) {
                        out.append(code.close());
                    }
                }
                case STANDALONE -> {
                    if (span[0] >= 0) {
                        raw.copy(span[0], span[1], out);
                    } else {
                        out.append(code.open());
                    }
                }
            }
        }
        writeRun(block, formats.isEmpty() ? base : formats.peek(), text, out);
    }

    private void writeRun(Block block, String properties, StringBuilder text, StringBuilder out) {
        if (text.isEmpty()) {
            return;
        }
        out.append("<w:r>")
                .append(WordLanguage.mark(properties, locale))
                .append("<w:t xml:space=\"preserve\">")
                .append(escape(block, text.toString()))
                .append("</w:t></w:r>");
        text.setLength(0);
    }

    private void reopen(XmlTree.Element element, StringBuilder out) {
        switch (element.name) {
            case "w:t" -> out.append("<w:t xml:space=\"preserve\">");
            case "w:r" -> {
                out.append(part.xml(), element.start, element.startTagEnd);
                XmlTree.Element properties = element.child("w:rPr");
                if (properties != null) {
                    out.append(part.xml(), properties.start, properties.end);
                }
            }
            default -> out.append(part.xml(), element.start, element.startTagEnd);
        }
    }
}
