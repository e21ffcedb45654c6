package dev.tessera.exchange;

import dev.tessera.exchange.XliffInlineReader.Piece;
import dev.tessera.shared.Sentence;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the {@code <unit>}s of XLIFF 2.0–2.1, one segment per {@code <segment>}. The languages are named on the
 * root; the codes of a unit may refer to its {@code <originalData>}.
 */
final class Xliff2UnitReader extends XliffUnitReader {

    /** One {@code <segment>} as read; {@code id} is null when the file gives none. */
    private record Segment(
            String id, Piece source, Piece target, String state, String subState, boolean preservesSpace) {}

    /** Starts on the {@code <xliff>} root at the cursor, reading its languages and whether Tessera wrote it. */
    Xliff2UnitReader(XMLStreamReader xml) {
        super(xml, 2);
        sourceLocale = locale(xml.getAttributeValue(null, "srcLang"), "srcLang");
        targetLocale = optionalLocale(xml.getAttributeValue(null, "trgLang"), "trgLang");
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            tessera |= Xliff21Writer.TESSERA.equals(xml.getNamespaceURI(i));
        }
    }

    @Override
    String unitElement() {
        return "unit";
    }

    @Override
    void unit() throws XMLStreamException {
        String id = xml.getAttributeValue(null, "id");
        boolean translate = !"no".equals(xml.getAttributeValue(null, "translate"));
        String versionText = xml.getAttributeValue(Xliff21Writer.TESSERA, "version");
        Integer version = versionText == null ? null : number(versionText, "tessera:version");
        tessera |= version != null;
        boolean preserve = preserves(false);
        inline.startUnit();
        List<Segment> segments = new ArrayList<>();
        while (nextChildOf("unit")) {
            if (!xliff()) {
                passOverForeign();
                continue;
            }
            switch (xml.getLocalName()) {
                case "originalData" -> inline.readOriginalData();
                case "segment" -> segments.add(segment(preserve));
                default -> skip();
            }
        }
        if (!translate || segments.isEmpty()) {
            warnings.add(
                    translate
                            ? Sentence.keyed("exchange.warning.no-segment", "Units without a segment were passed over.")
                            : untranslatable());
            return;
        }
        int at = nextParagraph();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String segmentId = segment.id() == null ? String.valueOf(i + 1) : segment.id();
            add(
                    segments.size() == 1 ? id : id + "#" + segmentId,
                    version,
                    at,
                    segment.source(),
                    segment.target(),
                    segment.preservesSpace(),
                    segment.state(),
                    segment.subState(),
                    false);
        }
    }

    private Segment segment(boolean preserve) throws XMLStreamException {
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
                    source = inline.read();
                }
                case "target" -> target = inline.read();
                default -> skip();
            }
        }
        if (source == null) {
            throw problem("segment " + (id == null ? "" : "\"" + id + "\" ") + "has no <source>.")
                    .text(
                            "exchange.segment-source-missing",
                            line(),
                            column(),
                            id == null ? "none" : "named",
                            id == null ? "" : id);
        }
        return new Segment(id, source, target, state, subState, keep);
    }
}
