package dev.tessera.exchange;

import dev.tessera.translation.ExportRow;
import dev.tessera.translation.TranslationStatus;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * TMX 1.4b: one {@code <tu>} per APPROVED segment (and TRANSLATED ones when asked), with the translation's first
 * and last change (date and user), source and target as {@code <tuv>}s. Streams.
 */
final class TmxWriter {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private TmxWriter() {}

    static void write(
            String sourceLocale,
            String targetLocale,
            Iterator<ExportRow> rows,
            boolean includeTranslated,
            Instant now,
            OutputStream out) {
        Xml.document(out, "TMX", xml -> {
            xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
            xml.writeCharacters("\n");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeEmptyElement("header");
            xml.writeAttribute("creationtool", "Tessera");
            xml.writeAttribute("creationtoolversion", "1");
            xml.writeAttribute("segtype", "sentence");
            xml.writeAttribute("o-tmf", "Tessera");
            xml.writeAttribute("adminlang", "en");
            xml.writeAttribute("srclang", sourceLocale);
            xml.writeAttribute("datatype", "plaintext");
            xml.writeAttribute("creationdate", DATE.format(now));
            xml.writeStartElement("body");
            while (rows.hasNext()) {
                ExportRow row = rows.next();
                boolean included = row.status() == TranslationStatus.APPROVED
                        || (includeTranslated && row.status() == TranslationStatus.TRANSLATED);
                if (included && row.target() != null) {
                    unit(xml, row, sourceLocale, targetLocale);
                }
            }
        });
    }

    private static void unit(XMLStreamWriter xml, ExportRow row, String sourceLocale, String targetLocale)
            throws XMLStreamException {
        xml.writeStartElement("tu");
        xml.writeAttribute("tuid", "s" + row.segmentId());
        attribute(xml, "creationdate", row.createdAt() == null ? null : DATE.format(row.createdAt()));
        attribute(xml, "creationid", row.createdBy());
        attribute(xml, "changedate", row.updatedAt() == null ? null : DATE.format(row.updatedAt()));
        attribute(xml, "changeid", row.updatedBy());
        variant(xml, sourceLocale, TextExport.plain(row, row.source()));
        variant(xml, targetLocale, TextExport.plain(row, row.target()));
        xml.writeEndElement();
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, value);
        }
    }

    private static void variant(XMLStreamWriter xml, String locale, String text) throws XMLStreamException {
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", Xml.XML_NS, "lang", locale);
        Xml.textElement(xml, null, "seg", text);
        xml.writeEndElement();
    }
}
