package dev.tessera.exchange;

import dev.tessera.exchange.XliffInlineReader.Piece;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the {@code <trans-unit>}s of XLIFF 1.0–1.2. The languages are named on each {@code <file>}; a unit with a
 * {@code <seg-source>} gives one segment per {@code <mrk mtype="seg">}, matched to the target's by {@code mid}.
 */
final class Xliff1UnitReader extends XliffUnitReader {

    Xliff1UnitReader(XMLStreamReader xml) {
        super(xml, 1);
    }

    @Override
    String unitElement() {
        return "trans-unit";
    }

    @Override
    void file() {
        String source = locale(xml.getAttributeValue(null, "source-language"), "source-language");
        String target = optionalLocale(xml.getAttributeValue(null, "target-language"), "target-language");
        if (sourceLocale != null && (!sourceLocale.equals(source) || !Objects.equals(targetLocale, target))) {
            throw problem("the file's <file> elements have different languages; import them one by one.")
                    .text("exchange.files-languages-differ", line(), column());
        }
        sourceLocale = source;
        targetLocale = target;
        tessera |= "tessera".equals(xml.getAttributeValue(null, "tool-id"));
    }

    @Override
    void unit() throws XMLStreamException {
        String id = xml.getAttributeValue(null, "id");
        boolean translate = !"no".equals(xml.getAttributeValue(null, "translate"));
        boolean approved = "yes".equals(xml.getAttributeValue(null, "approved"));
        boolean preserve = preserves(false);
        List<Piece> source = null;
        List<Piece> segSource = null;
        List<Piece> target = null;
        String state = null;
        Integer version = null;
        String issuesRef = null;
        Map<String, List<ItsIssues.Mark>> standoff = new HashMap<>();
        while (nextChildOf("trans-unit")) {
            if (!xliff()) {
                if (ItsIssues.NS.equals(xml.getNamespaceURI())
                        && xml.getLocalName().equals("locQualityIssues")) {
                    standoff.put("#" + xml.getAttributeValue(XMLConstants.XML_NS_URI, "id"), standoff());
                } else {
                    skip();
                }
                continue;
            }
            switch (xml.getLocalName()) {
                case "source" -> {
                    preserve = preserves(preserve);
                    source = inline.readSegmented();
                }
                case "seg-source" -> segSource = inline.readSegmented();
                case "target" -> {
                    state = xml.getAttributeValue(null, "state");
                    issuesRef = xml.getAttributeValue(ItsIssues.NS, "locQualityIssuesRef");
                    target = inline.readSegmented();
                }
                case "context-group" -> {
                    Integer found = tesseraVersion();
                    version = version != null ? version : found;
                }
                default -> skip();
            }
        }
        if (!translate || source == null) {
            warnings.add(
                    translate
                            ? Sentence.keyed("exchange.warning.no-source", "Units without a source were passed over.")
                            : untranslatable());
            return;
        }
        int at = nextParagraph();
        List<Piece> segments = segments(segSource != null ? segSource : source);
        List<Piece> targets = target == null ? List.of() : segments(target);
        for (Piece segment : segments) {
            Piece matching = segment.mid == null || segments.size() == 1 && targets.size() == 1
                    ? (targets.isEmpty() ? null : targets.getFirst())
                    : targets.stream()
                            .filter(t -> segment.mid.equals(t.mid))
                            .findFirst()
                            .orElse(null);
            String unitId = segments.size() == 1 ? id : id + "#" + segment.mid;
            if (matching != null && segments.size() == 1 && standoff.containsKey(issuesRef)) {
                matching.marks.addAll(standoff.get(issuesRef));
            }
            add(unitId, version, at, segment, matching, preserve, state, null, approved);
        }
    }

    /** The issues of the ITS standoff element at the cursor, read to its end, each on the whole segment. */
    private List<ItsIssues.Mark> standoff() throws XMLStreamException {
        List<ItsIssues.Mark> issues = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            ItsIssues.Mark issue = ItsIssues.readStandoff(xml);
            if (issue != null) {
                issues.add(issue);
            }
            skip();
        }
        return issues;
    }

    /** The version Tessera exported the unit at, from the {@code <context-group>} at the cursor, read to its end. */
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
            for (int i = 0; i < piece.text.length(); i++) {
                char c = piece.text.charAt(i);
                boolean code = CodeMarkers.isMarker(c) && CodeMarkers.index(c) < piece.codes.size();
                whole.text.append(
                        code ? CodeMarkers.marker(CodeMarkers.kind(c), CodeMarkers.index(c) + whole.codes.size()) : c);
            }
            whole.codes.addAll(piece.codes);
        }
        return List.of(whole);
    }
}
