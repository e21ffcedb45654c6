package dev.tessera.exchange;

import dev.tessera.formats.InlineCode;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.Sentence;
import dev.tessera.shared.XmlText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the inline content of an XLIFF {@code <source>} or {@code <target>}: its text, with each inline code kept
 * whole as an {@link InlineCode} and standing in the text as one of Tessera's code markers; term marks are dropped,
 * and ITS Localization Quality Issue marks ({@code <mrk>}, or a 2.x {@code <sm>}/{@code <em>} pair) are kept as
 * {@link ItsIssues.Mark}s on the text, not as codes.
 */
final class XliffInlineReader {

    private static final Set<String> STANDALONE_1 = Set.of("x", "bx", "ex", "ph", "bpt", "ept", "it");
    private static final Set<String> STANDALONE_2 = Set.of("ph", "sc", "ec", "sm", "em", "cp");
    private static final Set<String> DATA_REFS = Set.of("dataRef", "dataRefStart", "dataRefEnd");

    private final XMLStreamReader xml;
    private final int family;
    private final Set<Sentence> warnings;
    /** The {@code <data>} elements of the 2.x unit being read, by id: what its codes refer to. */
    private Map<String, String> originalData = Map.of();

    /** A stretch of inline content: a segment ({@code mid} set) or the text between segments. */
    static final class Piece {
        final String mid;
        final StringBuilder text = new StringBuilder();
        final List<InlineCode> codes = new ArrayList<>();
        final Map<String, Integer> keys = new HashMap<>();
        final List<ItsIssues.Mark> marks = new ArrayList<>();

        Piece(String mid) {
            this.mid = mid;
        }
    }

    /** An element open in the inline content; {@code issue} with where it started, for an ITS mark. */
    private record Frame(Piece piece, int code, boolean segment, ItsIssues.Mark issue) {

        Frame(Piece piece, int code, boolean segment) {
            this(piece, code, segment, null);
        }
    }

    XliffInlineReader(XMLStreamReader xml, int family, Set<Sentence> warnings) {
        this.xml = xml;
        this.family = family;
        this.warnings = warnings;
    }

    /** Forgets the original data of the unit before. */
    void startUnit() {
        originalData = new HashMap<>();
    }

    /** Reads the {@code <originalData>} element at the cursor, to its end. */
    void readOriginalData() throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String dataId = xml.getAttributeValue(null, "id");
            originalData.put(dataId, element());
        }
    }

    /** The inline content of the element just started, up to its end, as one piece. */
    Piece read() throws XMLStreamException {
        return read(false).getFirst();
    }

    /** Like {@link #read()}, but each 1.2 {@code <mrk mtype="seg">}, and the text between them, a piece of its own. */
    List<Piece> readSegmented() throws XMLStreamException {
        return read(true);
    }

    private List<Piece> read(boolean segmented) throws XMLStreamException {
        List<Piece> pieces = new ArrayList<>();
        Piece current = new Piece(null);
        pieces.add(current);
        Deque<Frame> open = new ArrayDeque<>();
        Map<String, ItsIssues.Mark> openMarkers = new HashMap<>();
        Map<String, Piece> markerPieces = new HashMap<>();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    appendText(current, xml.getText());
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    String markType =
                            family == 1 ? xml.getAttributeValue(null, "mtype") : xml.getAttributeValue(null, "type");
                    boolean mark = xliff() && name.equals("mrk");
                    ItsIssues.Mark issue = xliff() ? ItsIssues.read(xml) : null;
                    if (issue != null && family == 2 && name.equals("sm")) {
                        openMarkers.put(
                                String.valueOf(xml.getAttributeValue(null, "id")),
                                issue.over(current.text.length(), -1));
                        markerPieces.put(String.valueOf(xml.getAttributeValue(null, "id")), current);
                        element();
                    } else if (family == 2
                            && xliff()
                            && name.equals("em")
                            && openMarkers.containsKey(String.valueOf(xml.getAttributeValue(null, "startRef")))) {
                        String ref = String.valueOf(xml.getAttributeValue(null, "startRef"));
                        ItsIssues.Mark started = openMarkers.remove(ref);
                        Piece where = markerPieces.remove(ref);
                        if (where == current) {
                            current.marks.add(started.over(started.start(), current.text.length()));
                        }
                        element();
                    } else if (mark && issue != null) {
                        open.push(new Frame(current, -1, false, issue.over(current.text.length(), -1)));
                    } else if (mark && segmented && family == 1 && "seg".equals(markType)) {
                        current = new Piece(xml.getAttributeValue(null, "mid"));
                        pieces.add(current);
                        open.push(new Frame(current, -1, true));
                    } else if (mark && "term".equals(markType)) {
                        open.push(new Frame(current, -1, false));
                    } else if (xliff() && (mark || name.equals(family == 1 ? "g" : "pc"))) {
                        int index =
                                addCode(current, name, startTag(false), "</" + qualified(xml.getPrefix(), name) + ">");
                        current.text.append(CodeMarkers.marker(CodeMarkers.Kind.OPEN, index));
                        open.push(new Frame(current, index, false));
                    } else {
                        if (xliff() && !(family == 1 ? STANDALONE_1 : STANDALONE_2).contains(name)) {
                            warnings.add(Sentence.keyed(
                                    "exchange.warning.unknown-inline",
                                    "Unknown inline element <" + name + "> kept as a code.",
                                    name));
                        }
                        int index = addCode(current, name, null, null);
                        current.text.append(CodeMarkers.marker(CodeMarkers.Kind.STANDALONE, index));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (open.isEmpty()) {
                        return pieces;
                    }
                    Frame frame = open.pop();
                    if (frame.segment()) {
                        current = new Piece(null);
                        pieces.add(current);
                    } else if (frame.issue() != null) {
                        frame.piece()
                                .marks
                                .add(frame.issue()
                                        .over(
                                                frame.issue().start(),
                                                frame.piece().text.length()));
                    } else if (frame.code() >= 0) {
                        frame.piece().text.append(CodeMarkers.marker(CodeMarkers.Kind.CLOSE, frame.code()));
                    }
                }
                default -> {}
            }
        }
    }

    /** Adds the code at the cursor (a standalone one is read whole, to its end) and answers its index. */
    private int addCode(Piece piece, String name, String openTag, String closeTag) throws XMLStreamException {
        if (piece.codes.size() >= CodeMarkers.MAX_CODES) {
            throw XliffReader.problem(xml, "more than " + CodeMarkers.MAX_CODES + " inline codes in one segment.")
                    .text(
                            "exchange.too-many-codes",
                            XliffReader.line(xml),
                            XliffReader.column(xml),
                            CodeMarkers.MAX_CODES);
        }
        String id = firstAttribute("id", "startRef", "rid");
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ref = xml.getAttributeValue(i);
            if (family == 2 && DATA_REFS.contains(xml.getAttributeLocalName(i)) && originalData.containsKey(ref)) {
                data.put(ref, originalData.get(ref));
            }
        }
        String whole = openTag == null ? element() : openTag;
        String key = name + "#" + id;
        int seen = piece.keys.merge(key, 1, Integer::sum);
        piece.codes.add(new InlineCode(family, name, seen == 1 ? id : id + "~" + seen, whole, closeTag, data));
        return piece.codes.size() - 1;
    }

    /** The element at the cursor written out whole, to its end. */
    private String element() throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean startPending = false;
        int event = XMLStreamConstants.START_ELEMENT;
        while (true) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (startPending) {
                    out.append('>');
                }
                out.append(startTag(true));
                startPending = true;
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (startPending) {
                    out.append("/>");
                    startPending = false;
                } else {
                    out.append("</")
                            .append(qualified(xml.getPrefix(), xml.getLocalName()))
                            .append('>');
                }
                if (depth == 0) {
                    return out.toString();
                }
            } else if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (startPending) {
                    out.append('>');
                    startPending = false;
                }
                escape(out, xml.getText(), false);
            }
            event = xml.next();
        }
    }

    /** The start tag at the cursor, without its closing {@code >} when {@code open} (a child or an end may follow). */
    private String startTag(boolean open) {
        StringBuilder out = new StringBuilder("<").append(qualified(xml.getPrefix(), xml.getLocalName()));
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String prefix = xml.getNamespacePrefix(i) == null ? "" : xml.getNamespacePrefix(i);
            declared.add(prefix);
            out.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
            escape(out, xml.getNamespaceURI(i), true);
            out.append('"');
        }
        String elementNs = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        String elementPrefix = xml.getPrefix() == null ? "" : xml.getPrefix();
        if (!declared.contains(elementPrefix) && !(elementPrefix.isEmpty() && xliff())) {
            declare(out, declared, elementPrefix, elementNs);
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String prefix = xml.getAttributePrefix(i) == null ? "" : xml.getAttributePrefix(i);
            if (!prefix.isEmpty() && !prefix.equals("xml") && !declared.contains(prefix)) {
                declare(out, declared, prefix, xml.getAttributeNamespace(i));
            }
            out.append(' ')
                    .append(qualified(prefix, xml.getAttributeLocalName(i)))
                    .append("=\"");
            escape(out, xml.getAttributeValue(i), true);
            out.append('"');
        }
        return open ? out.toString() : out.append('>').toString();
    }

    private static void declare(StringBuilder out, Set<String> declared, String prefix, String uri) {
        declared.add(prefix);
        out.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
        escape(out, uri == null ? "" : uri, true);
        out.append('"');
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static void escape(StringBuilder out, String text, boolean attribute) {
        out.append(attribute ? XmlText.escapeAttribute(text) : XmlText.escape(text));
    }

    /**
     * Text of the file. A private-use character that looks like one of Tessera's markers stays what it is: it
     * indexes no code of the segment, so it is written back as text.
     */
    private static void appendText(Piece piece, String text) {
        piece.text.append(text);
    }

    /** The first of the attributes the code has, which is its id or the id it refers to; else "". */
    private String firstAttribute(String... names) {
        for (String name : names) {
            String value = xml.getAttributeValue(null, name);
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    private boolean xliff() {
        return XliffReader.inXliffNamespace(xml, family);
    }
}
