package dev.tessera.exchange;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.Locales;
import dev.tessera.shared.SecureXml;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XLIFF 1.0–1.2 and 2.0–2.1 into segments with their inline codes kept whole. A 1.2 unit with a
 * {@code <seg-source>} gives one segment per {@code <mrk mtype="seg">}, a 2.x unit one per {@code <segment>}.
 * Alternatives, skeletons, binary units, units marked {@code translate="no"} and modules are passed over; term marks
 * are dropped (Tessera marks terms from its own glossaries). Secure: nothing is fetched, entity declarations are
 * refused. Every problem is a 400 naming where it is.
 */
final class XliffReader {

    static final String NS12 = "urn:oasis:names:tc:xliff:document:1.2";
    static final String NS2 = "urn:oasis:names:tc:xliff:document:2.0";
    private static final Set<String> NS1 = Set.of(NS12, "urn:oasis:names:tc:xliff:document:1.1",
            "urn:oasis:names:tc:xliff:document:1.0", "");
    private static final Set<String> STANDALONE_1 = Set.of("x", "bx", "ex", "ph", "bpt", "ept", "it");
    private static final Set<String> STANDALONE_2 = Set.of("ph", "sc", "ec", "sm", "em", "cp");
    private static final Set<String> DATA_REFS = Set.of("dataRef", "dataRefStart", "dataRefEnd");
    private static final Pattern PARAGRAPH_GROUP = Pattern.compile("p([1-9][0-9]{0,8})");

    private XliffReader() {
    }

    static XliffFile read(InputStream in) {
        try {
            return SecureXml.parse(in, xml -> new Parse(xml).run(), (message, cause) -> ApiException.validation(message));
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("The file cannot be read: " + e.getMessage() + ".");
        }
    }

    /** A stretch of inline content: a segment ({@code mid} set) or the text between segments. */
    private static final class Piece {
        final String mid;
        final StringBuilder text = new StringBuilder();
        final List<InlineCode> codes = new ArrayList<>();
        final Map<String, Integer> keys = new HashMap<>();

        Piece(String mid) {
            this.mid = mid;
        }

        boolean isBlank() {
            return text.toString().isBlank();
        }
    }

    private record Frame(Piece piece, int code, boolean segment) {
    }

    private static final class Parse {

        private final XMLStreamReader xml;
        private final List<XliffFile.Unit> units = new ArrayList<>();
        private final Set<String> warnings = new LinkedHashSet<>();
        private final Deque<Integer> groupParagraphs = new ArrayDeque<>();
        private int family;
        private String sourceLocale;
        private String targetLocale;
        private String original;
        private boolean tessera;
        private int paragraph;
        private Map<String, String> unitData = Map.of();

        Parse(XMLStreamReader xml) {
            this.xml = xml;
        }

        XliffFile run() throws XMLStreamException {
            if ("1.1".equals(xml.getVersion())) {
                throw problem("XML 1.1 is not supported; save the file as XML 1.0.");
            }
            boolean doctype = false;
            while (xml.hasNext()) {
                int event = xml.next();
                doctype |= event == XMLStreamConstants.DTD;
                if (event == XMLStreamConstants.START_ELEMENT) {
                    root(doctype);
                    walk();
                }
            }
            if (family == 0) {
                throw ApiException.validation("The file has no root element.");
            }
            if (sourceLocale == null) {
                throw ApiException.validation("The file has no <file> element naming its source language.");
            }
            return new XliffFile(family, sourceLocale, targetLocale, original, tessera, units, List.copyOf(warnings));
        }

        private void root(boolean doctype) {
            String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            if (!xml.getLocalName().equals("xliff")) {
                throw problem("this is not XLIFF: the root element is <" + xml.getLocalName() + ">.");
            }
            if (NS1.contains(ns)) {
                family = 1;
            } else if (ns.equals(NS2)) {
                family = 2;
                if (doctype) {
                    throw problem("XLIFF 2 has no DOCTYPE; remove it.");
                }
                String version = xml.getAttributeValue(null, "version");
                if (version != null && !version.equals("2.0") && !version.equals("2.1")) {
                    throw problem("XLIFF version " + version + " is not supported; Tessera reads 2.0 and 2.1.");
                }
                sourceLocale = locale(xml.getAttributeValue(null, "srcLang"), "srcLang");
                targetLocale = optionalLocale(xml.getAttributeValue(null, "trgLang"), "trgLang");
                for (int i = 0; i < xml.getNamespaceCount(); i++) {
                    tessera |= Xliff21Writer.TESSERA.equals(xml.getNamespaceURI(i));
                }
            } else if (ns.startsWith("urn:oasis:names:tc:xliff:document:")) {
                throw problem("the XLIFF namespace " + ns + " is not supported; Tessera reads XLIFF 1.0–1.2, 2.0 and 2.1.");
            } else {
                throw problem("this is not XLIFF: the root element is in the namespace \"" + ns + "\".");
            }
        }

        /** The structure: files, groups and units. */
        private void walk() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xliff() && xml.getLocalName().equals("group")) {
                    groupParagraphs.pop();
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!xliff()) {
                    warnings.add("Elements of " + xml.getNamespaceURI() + " were passed over.");
                    skip();
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "file" -> file();
                    case "group" -> {
                        var group = PARAGRAPH_GROUP.matcher(String.valueOf(xml.getAttributeValue(null, "id")));
                        groupParagraphs.push(group.matches() ? Integer.parseInt(group.group(1)) : 0);
                    }
                    case "trans-unit" -> {
                        if (family == 1) {
                            unit1();
                        } else {
                            skip();
                        }
                    }
                    case "unit" -> {
                        if (family == 2) {
                            unit2();
                        } else {
                            skip();
                        }
                    }
                    case "header", "bin-unit", "skeleton", "notes", "alt-trans" -> skip();
                    default -> {
                    }
                }
            }
        }

        private void file() {
            if (original == null) {
                original = xml.getAttributeValue(null, "original");
            }
            if (family == 1) {
                String source = locale(xml.getAttributeValue(null, "source-language"), "source-language");
                String target = optionalLocale(xml.getAttributeValue(null, "target-language"), "target-language");
                if (sourceLocale != null && (!sourceLocale.equals(source) || !java.util.Objects.equals(targetLocale, target))) {
                    throw problem("the file's <file> elements have different languages; import them one by one.");
                }
                sourceLocale = source;
                targetLocale = target;
                tessera |= "tessera".equals(xml.getAttributeValue(null, "tool-id"));
            }
        }

        private void unit1() throws XMLStreamException {
            String id = xml.getAttributeValue(null, "id");
            boolean translate = !"no".equals(xml.getAttributeValue(null, "translate"));
            boolean approved = "yes".equals(xml.getAttributeValue(null, "approved"));
            boolean preserve = preserves(false);
            List<Piece> source = null;
            List<Piece> segSource = null;
            List<Piece> target = null;
            String state = null;
            Integer version = null;
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("trans-unit")) {
                if (xml.getEventType() == XMLStreamConstants.END_ELEMENT) {
                    continue;
                }
                if (!xliff()) {
                    skip();
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "source" -> {
                        preserve = preserves(preserve);
                        source = inline(true);
                    }
                    case "seg-source" -> segSource = inline(true);
                    case "target" -> {
                        state = xml.getAttributeValue(null, "state");
                        target = inline(true);
                    }
                    case "context-group" -> version = firstNonNull(version, tesseraVersion());
                    default -> skip();
                }
            }
            if (!translate || source == null) {
                warnings.add(translate ? "Units without a source were passed over." : "Units marked translate=\"no\" were passed over.");
                return;
            }
            int at = nextParagraph();
            List<Piece> segments = segments(segSource != null ? segSource : source);
            List<Piece> targets = target == null ? List.of() : segments(target);
            for (Piece segment : segments) {
                Piece matching = segment.mid == null || segments.size() == 1 && targets.size() == 1 ? first(targets)
                        : targets.stream().filter(t -> segment.mid.equals(t.mid)).findFirst().orElse(null);
                String unitId = segments.size() == 1 ? id : id + "#" + segment.mid;
                add(unitId, version, at, segment, matching, preserve, state, null, approved);
            }
        }

        private Integer tesseraVersion() throws XMLStreamException {
            Integer version = null;
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if ("x-tessera-version".equals(xml.getAttributeValue(null, "context-type"))) {
                    version = number(xml.getElementText(), "x-tessera-version");
                } else {
                    skip();
                }
            }
            return version;
        }

        private void unit2() throws XMLStreamException {
            String id = xml.getAttributeValue(null, "id");
            boolean translate = !"no".equals(xml.getAttributeValue(null, "translate"));
            String versionText = xml.getAttributeValue(Xliff21Writer.TESSERA, "version");
            Integer version = versionText == null ? null : number(versionText, "tessera:version");
            tessera |= version != null;
            boolean preserve = preserves(false);
            unitData = new HashMap<>();
            List<Object[]> segments = new ArrayList<>();
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("unit")) {
                if (xml.getEventType() == XMLStreamConstants.END_ELEMENT) {
                    continue;
                }
                if (!xliff()) {
                    warnings.add("Elements of " + xml.getNamespaceURI() + " were passed over.");
                    skip();
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "originalData" -> {
                        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                            String dataId = xml.getAttributeValue(null, "id");
                            unitData.put(dataId, element());
                        }
                    }
                    case "segment" -> segments.add(segment2(preserve));
                    default -> skip();
                }
            }
            if (!translate || segments.isEmpty()) {
                warnings.add(translate ? "Units without a segment were passed over." : "Units marked translate=\"no\" were passed over.");
                return;
            }
            int at = nextParagraph();
            for (int i = 0; i < segments.size(); i++) {
                Object[] s = segments.get(i);
                String segmentId = s[0] == null ? String.valueOf(i + 1) : (String) s[0];
                add(segments.size() == 1 ? id : id + "#" + segmentId, version, at, (Piece) s[1], (Piece) s[2],
                        (Boolean) s[5], (String) s[3], (String) s[4], false);
            }
        }

        /** {id, source, target, state, subState, preserve} of one 2.x segment. */
        private Object[] segment2(boolean preserve) throws XMLStreamException {
            String id = xml.getAttributeValue(null, "id");
            String state = xml.getAttributeValue(null, "state");
            String subState = xml.getAttributeValue(null, "subState");
            Piece source = null;
            Piece target = null;
            boolean keep = preserves(preserve);
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (xliff() ? xml.getLocalName() : "") {
                    case "source" -> {
                        keep = preserves(keep);
                        source = first(inline(false));
                    }
                    case "target" -> target = first(inline(false));
                    default -> skip();
                }
            }
            if (source == null) {
                throw problem("segment " + (id == null ? "" : "\"" + id + "\" ") + "has no <source>.");
            }
            return new Object[] {id, source, target, state, subState, keep};
        }

        private void add(String id, Integer version, int at, Piece source, Piece target, boolean preserve,
                String state, String subState, boolean approved) {
            if (id == null || id.isBlank()) {
                throw problem("a unit has no id.");
            }
            CodedText sourceText = new CodedText(normalize(source.text, preserve), source.codes);
            CodedText targetText = null;
            if (target != null) {
                try {
                    targetText = new CodedText(normalize(target.text, preserve), target.codes).alignedTo(sourceText);
                } catch (IllegalArgumentException e) {
                    throw ApiException.validation("Unit \"" + id + "\" has " + e.getMessage() + ".");
                }
            }
            units.add(new XliffFile.Unit(id, version, at, sourceText, targetText, state, subState, approved, List.of()));
        }

        private int nextParagraph() {
            Integer group = groupParagraphs.peek();
            if (tessera && group != null && group > 0) {
                paragraph = group;
                return group;
            }
            return ++paragraph;
        }

        /** The segments of a unit's pieces: the marked ones when there are, else everything as one. */
        private static List<Piece> segments(List<Piece> pieces) {
            List<Piece> marked = pieces.stream().filter(p -> p.mid != null).toList();
            if (!marked.isEmpty()) {
                return marked;
            }
            if (pieces.size() == 1) {
                return pieces;
            }
            Piece whole = new Piece(null);
            for (Piece piece : pieces) {
                Piece renumbered = piece;
                for (int i = 0; i < renumbered.text.length(); i++) {
                    char c = renumbered.text.charAt(i);
                    boolean code = CodeMarkers.isMarker(c) && CodeMarkers.index(c) < piece.codes.size();
                    whole.text.append(code ? CodeMarkers.marker(CodeMarkers.kind(c),
                            CodeMarkers.index(c) + whole.codes.size()) : c);
                }
                whole.codes.addAll(piece.codes);
            }
            return List.of(whole);
        }

        /**
         * The inline content of the element just started, up to its end: text, codes as markers, term marks
         * dropped; with {@code segmented}, 1.2 {@code <mrk mtype="seg">} start pieces of their own.
         */
        private List<Piece> inline(boolean segmented) throws XMLStreamException {
            List<Piece> pieces = new ArrayList<>();
            Piece current = new Piece(null);
            pieces.add(current);
            Deque<Frame> open = new ArrayDeque<>();
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            appendText(current, xml.getText());
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = xml.getLocalName();
                        String markType = family == 1 ? xml.getAttributeValue(null, "mtype") : xml.getAttributeValue(null, "type");
                        boolean mark = xliff() && name.equals("mrk");
                        if (mark && segmented && family == 1 && "seg".equals(markType)) {
                            current = new Piece(xml.getAttributeValue(null, "mid"));
                            pieces.add(current);
                            open.push(new Frame(current, -1, true));
                        } else if (mark && "term".equals(markType)) {
                            open.push(new Frame(current, -1, false));
                        } else if (xliff() && (mark || name.equals(family == 1 ? "g" : "pc"))) {
                            int index = addCode(current, name, startTag(false), "</" + qualified(xml.getPrefix(), name) + ">");
                            current.text.append(CodeMarkers.marker(CodeMarkers.Kind.OPEN, index));
                            open.push(new Frame(current, index, false));
                        } else {
                            if (xliff() && !(family == 1 ? STANDALONE_1 : STANDALONE_2).contains(name)) {
                                warnings.add("Unknown inline element <" + name + "> kept as a code.");
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
                        } else if (frame.code() >= 0) {
                            frame.piece().text.append(CodeMarkers.marker(CodeMarkers.Kind.CLOSE, frame.code()));
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        /** Adds the code at the cursor (a standalone one is read whole, to its end) and answers its index. */
        private int addCode(Piece piece, String name, String openTag, String closeTag) throws XMLStreamException {
            if (piece.codes.size() >= CodeMarkers.MAX_CODES) {
                throw problem("more than " + CodeMarkers.MAX_CODES + " inline codes in one segment.");
            }
            String id = firstNonNull(xml.getAttributeValue(null, "id"), firstNonNull(
                    xml.getAttributeValue(null, "startRef"), firstNonNull(xml.getAttributeValue(null, "rid"), "")));
            Map<String, String> data = new LinkedHashMap<>();
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                String ref = xml.getAttributeValue(i);
                if (family == 2 && DATA_REFS.contains(xml.getAttributeLocalName(i)) && unitData.containsKey(ref)) {
                    data.put(ref, unitData.get(ref));
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
                        out.append("</").append(qualified(xml.getPrefix(), xml.getLocalName())).append('>');
                    }
                    if (depth == 0) {
                        return out.toString();
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
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
            Set<String> declared = new java.util.HashSet<>();
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
                out.append(' ').append(qualified(prefix, xml.getAttributeLocalName(i))).append("=\"");
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
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append(attribute ? "&quot;" : "\"");
                    default -> out.append(c);
                }
            }
        }

        /**
         * Text of the file. A private-use character that looks like one of Tessera's markers stays what it is: it
         * indexes no code of the segment, so it is written back as text.
         */
        private static void appendText(Piece piece, String text) {
            piece.text.append(text);
        }

        /**
         * One line, as a segment is: line breaks are spaces; unless space is preserved, tabs too and runs of spaces
         * one. Tessera's own files keep their text as written: it is the segments' text.
         */
        private String normalize(CharSequence text, boolean preserve) {
            if (tessera) {
                return text.toString();
            }
            String line = text.toString().replaceAll("\r\n|[\r\n\u2028\u2029\u0085]", " ");
            return preserve ? line : line.replace('\t', ' ').replaceAll(" {2,}", " ").strip();
        }

        private boolean preserves(boolean inherited) {
            String space = xml.getAttributeValue(XMLConstants.XML_NS_URI, "space");
            return space == null ? inherited : space.equals("preserve");
        }

        private boolean xliff() {
            String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            return family == 1 ? NS1.contains(ns) : ns.equals(NS2);
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private String locale(String value, String attribute) {
            if (value == null || value.isBlank()) {
                throw problem("the " + attribute + " attribute is missing; it names the file's source language.");
            }
            return optionalLocale(value, attribute);
        }

        private String optionalLocale(String value, String attribute) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Locales.canonical(value.strip());
            } catch (ApiException e) {
                throw problem(attribute + "=\"" + value + "\": " + e.getMessage());
            }
        }

        private int number(String text, String what) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw problem(what + " \"" + text.strip() + "\" is not a number.");
            }
        }

        private ApiException problem(String message) {
            return ApiException.validation(SecureXml.place(xml.getLocation()) + message);
        }

        private static <T> T first(List<T> list) {
            return list == null || list.isEmpty() ? null : list.getFirst();
        }

        private static <T> T firstNonNull(T a, T b) {
            return a != null ? a : b;
        }
    }
}
