package dev.tessera.exchange;

import dev.tessera.formats.InlineCode;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.XmlText;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.codehaus.stax2.XMLStreamWriter2;

/**
 * Writes a segment's text into an XLIFF element with its inline codes put back: as the file had them when the
 * file is of the code's XLIFF version, as plain paired and standalone codes of the other version otherwise. A code
 * whose start or end a translator lost (or that no longer nests) is written as a standalone placeholder, so the
 * file stays well-formed.
 */
final class CodeWriter {

    /** Where the writer wraps a stretch of text (which holds no markers) in an element of its own. */
    interface Span {
        int start();

        int end();

        void open(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** An empty element the writer puts before the character at {@code at} (or at the end): a marker of a range. */
    record Point(int at, Xml.Content element) {}

    private CodeWriter() {}

    static void write(
            XMLStreamWriter xml, int family, String ns, String text, List<InlineCode> codes, List<? extends Span> spans)
            throws XMLStreamException {
        write(xml, family, ns, text, codes, spans, List.of());
    }

    /** @param points written in their order where several stand at one place */
    static void write(
            XMLStreamWriter xml,
            int family,
            String ns,
            String text,
            List<InlineCode> codes,
            List<? extends Span> spans,
            List<? extends Point> points)
            throws XMLStreamException {
        if (text == null) {
            return;
        }
        Map<Integer, List<Point>> pointsAt = new TreeMap<>();
        for (Point point : points) {
            pointsAt.computeIfAbsent(Math.min(point.at(), text.length()), at -> new java.util.ArrayList<>())
                    .add(point);
        }
        boolean[] whole = elements(text, codes);
        Map<Integer, Span> starts = new TreeMap<>();
        for (Span span : spans) {
            starts.put(span.start(), span);
        }
        Map<Integer, Integer> placeholders = new java.util.HashMap<>();
        int end = -1;
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            if (i == end || starts.containsKey(i) || pointsAt.containsKey(i) || i == text.length()) {
                flush(xml, pending);
                if (i == end) {
                    xml.writeEndElement();
                    end = -1;
                }
                for (Point point : pointsAt.getOrDefault(i, List.of())) {
                    point.element().write(xml);
                }
                Span span = starts.get(i);
                if (span != null && i < text.length()) {
                    span.open(xml);
                    end = span.end();
                }
                if (i == text.length()) {
                    break;
                }
            }
            char c = text.charAt(i);
            if (!CodeMarkers.isMarker(c) || CodeMarkers.index(c) >= codes.size()) {
                pending.append(c);
                continue;
            }
            flush(xml, pending);
            int index = CodeMarkers.index(c);
            InlineCode code = codes.get(index);
            CodeMarkers.Kind kind = CodeMarkers.kind(c);
            if (!whole[i]) {
                // Ids of their own: the source's codes keep theirs, and a placeholder is no code of the source.
                int seen = placeholders.merge(index, 1, Integer::sum);
                xml.writeEmptyElement(ns, family == 1 ? "x" : "ph");
                xml.writeAttribute("id", "lost" + (index + 1) + (seen > 1 ? "-" + seen : ""));
            } else if (code.family() == family) {
                ((XMLStreamWriter2) xml).writeRaw(kind == CodeMarkers.Kind.CLOSE ? code.close() : code.open());
            } else if (kind == CodeMarkers.Kind.OPEN) {
                xml.writeStartElement(ns, family == 1 ? "g" : "pc");
                xml.writeAttribute("id", id(code, index));
                if (family == 2 && code.family() == 0) {
                    xml.writeAttribute("dataRefStart", id(code, index) + "s");
                    if (!code.close().isEmpty()) {
                        xml.writeAttribute("dataRefEnd", id(code, index) + "e");
                    }
                }
            } else if (kind == CodeMarkers.Kind.CLOSE) {
                xml.writeEndElement();
            } else {
                xml.writeEmptyElement(ns, family == 1 ? "x" : "ph");
                xml.writeAttribute("id", id(code, index));
                if (family == 2 && code.family() == 0) {
                    xml.writeAttribute("dataRef", id(code, index));
                }
            }
        }
    }

    /**
     * A memory unit's text as a match of a segment writes it: the unit's markers index the code table of the segment
     * that fed the memory, which the export does not have, so a marker is taken for the segment's own code of that
     * index when the segment has one (then {@link #write} writes it as the segment's text writes its codes, or as a
     * placeholder when it no longer pairs up), and dropped otherwise. Dropped rather than a placeholder: a
     * placeholder would claim a code the segment does not have, and a match is a proposal the translator reads
     * against the source, not text an import takes in.
     */
    static String withCodesOf(String text, List<InlineCode> codes) {
        if (!CodeMarkers.hasMarkers(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!CodeMarkers.isMarker(c) || CodeMarkers.index(c) < codes.size()) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The id of a code written as a plain {@code <g>}/{@code <x/>} or {@code <pc>}/{@code <ph/>}: {@code o4} for the
     * fourth code of a source file's block (HTML, Markdown, DOCX markup, which an import maps back by it), {@code c4}
     * for a code of the other XLIFF family.
     */
    static String id(InlineCode code, int index) {
        return (code.family() == 0 ? "o" : "c") + (index + 1);
    }

    /**
     * The original data of the codes in the texts, for an XLIFF 2 unit's {@code <originalData>}: a file's own
     * data, and the markup of a source file's codes that the texts use.
     */
    static Map<String, String> data(List<InlineCode> codes, String... texts) {
        Map<String, String> data = new TreeMap<>();
        java.util.BitSet used = new java.util.BitSet();
        for (String text : texts) {
            for (int i = 0; text != null && i < text.length(); i++) {
                if (CodeMarkers.isMarker(text.charAt(i))) {
                    used.set(CodeMarkers.index(text.charAt(i)));
                }
            }
        }
        for (int i = 0; i < codes.size(); i++) {
            InlineCode code = codes.get(i);
            if (code.family() == 2) {
                data.putAll(code.data());
            } else if (code.family() == 0 && used.get(i)) {
                String id = id(code, i);
                data.put(id + (code.paired() ? "s" : ""), dataElement(id + (code.paired() ? "s" : ""), code.open()));
                if (code.paired() && !code.close().isEmpty()) {
                    data.put(id + "e", dataElement(id + "e", code.close()));
                }
            }
        }
        return data;
    }

    private static String dataElement(String id, String markup) {
        return "<data id=\"" + id + "\">" + XmlText.escape(Xml.clean(markup)) + "</data>";
    }

    private static void flush(XMLStreamWriter xml, StringBuilder pending) throws XMLStreamException {
        if (!pending.isEmpty()) {
            xml.writeCharacters(Xml.clean(pending.toString()));
            pending.setLength(0);
        }
    }

    /**
     * Which markers are written as their code's element: the first use of a standalone code as a standalone
     * marker, the first properly nested pair of a paired code. Anything else (a code used twice, a pair a
     * translator broke, a marker of the wrong kind) becomes a placeholder, so the file stays well-formed and its
     * ids unique.
     */
    private static boolean[] elements(String text, List<InlineCode> codes) {
        boolean[] whole = new boolean[text.length()];
        java.util.Set<Integer> used = new java.util.HashSet<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!CodeMarkers.isMarker(c) || CodeMarkers.index(c) >= codes.size()) {
                continue;
            }
            int index = CodeMarkers.index(c);
            boolean paired = codes.get(index).paired();
            switch (CodeMarkers.kind(c)) {
                case STANDALONE -> whole[i] = !paired && used.add(index);
                case OPEN -> open.push(i);
                case CLOSE -> {
                    if (!open.isEmpty() && CodeMarkers.index(text.charAt(open.peek())) == index) {
                        int start = open.pop();
                        boolean first = paired && used.add(index);
                        whole[start] = first;
                        whole[i] = first;
                    } else {
                        // A stray end: the starts before it cannot close across it either.
                        open.clear();
                    }
                }
            }
        }
        return whole;
    }
}
