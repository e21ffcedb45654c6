package dev.tessera.memory;

import dev.tessera.memory.TmxReader.Code;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.TmxHeader;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * A memory as TMX 1.4b: a {@code <tu>} per unit with its creation and change users and dates and its properties, the
 * source and target as {@code <tuv>}s, inline codes written back as the elements they came from. Streams.
 */
final class TmxMemoryWriter {

    /** One unit to write. */
    record ExportedUnit(
            String source,
            List<Code> sourceCodes,
            String targetLocale,
            String target,
            List<Code> targetCodes,
            @Nullable String createdBy,
            @Nullable Instant createdAt,
            @Nullable String changedBy,
            @Nullable Instant changedAt,
            Map<String, String> props) {}

    private TmxMemoryWriter() {}

    static void write(String sourceLocale, Iterator<ExportedUnit> units, Instant now, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            TmxHeader.begin(xml, sourceLocale, now);
            while (units.hasNext()) {
                unit(xml, sourceLocale, units.next());
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the TMX: " + e.getMessage(), e);
        }
    }

    private static void unit(XMLStreamWriter xml, String sourceLocale, ExportedUnit unit) throws XMLStreamException {
        xml.writeStartElement("tu");
        attribute(xml, "creationid", unit.createdBy());
        attribute(xml, "creationdate", unit.createdAt() == null ? null : TmxHeader.DATE.format(unit.createdAt()));
        attribute(xml, "changeid", unit.changedBy());
        attribute(xml, "changedate", unit.changedAt() == null ? null : TmxHeader.DATE.format(unit.changedAt()));
        for (Map.Entry<String, String> prop : unit.props().entrySet()) {
            xml.writeStartElement("prop");
            xml.writeAttribute("type", prop.getKey().isEmpty() ? "x-unnamed" : prop.getKey());
            xml.writeCharacters(prop.getValue());
            xml.writeEndElement();
        }
        variant(xml, sourceLocale, unit.source(), unit.sourceCodes());
        variant(xml, unit.targetLocale(), unit.target(), unit.targetCodes());
        xml.writeEndElement();
    }

    private static void variant(XMLStreamWriter xml, String locale, String text, List<Code> codes)
            throws XMLStreamException {
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", locale);
        xml.writeStartElement("seg");
        StringBuilder run = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (!CodeMarkers.isMarker(c) || CodeMarkers.index(c) >= codes.size()) {
                run.append(c);
                continue;
            }
            xml.writeCharacters(run.toString());
            run.setLength(0);
            Code code = codes.get(CodeMarkers.index(c));
            switch (CodeMarkers.kind(c)) {
                case OPEN -> {
                    if (code.element().equals("hi")) {
                        xml.writeStartElement("hi");
                        attributes(xml, code);
                    } else {
                        element(xml, "bpt", code, code.content());
                    }
                }
                case CLOSE -> {
                    if (code.element().equals("hi")) {
                        xml.writeEndElement();
                    } else {
                        xml.writeStartElement("ept");
                        attribute(xml, "i", code.attributes().get("i"));
                        xml.writeCharacters(code.endContent());
                        xml.writeEndElement();
                    }
                }
                case STANDALONE -> element(xml, code.element(), code, code.content());
            }
        }
        xml.writeCharacters(run.toString());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, Code code, String content) throws XMLStreamException {
        xml.writeStartElement(name);
        attributes(xml, code);
        xml.writeCharacters(content);
        xml.writeEndElement();
    }

    private static void attributes(XMLStreamWriter xml, Code code) throws XMLStreamException {
        for (Map.Entry<String, String> attribute : code.attributes().entrySet()) {
            xml.writeAttribute(attribute.getKey(), attribute.getValue());
        }
    }

    private static void attribute(XMLStreamWriter xml, String name, @Nullable String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, value);
        }
    }
}
