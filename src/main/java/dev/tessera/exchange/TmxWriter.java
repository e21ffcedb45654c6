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

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private TmxWriter() {
    }

    static void write(String sourceLocale, String targetLocale, Iterator<ExportRow> rows, boolean includeTranslated,
            Instant now, OutputStream out) {
        try {
            XMLStreamWriter xml = Xml.writer(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
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
                if (!included || row.target() == null) {
                    continue;
                }
                xml.writeStartElement("tu");
                xml.writeAttribute("tuid", "s" + row.segmentId());
                if (row.createdAt() != null) {
                    xml.writeAttribute("creationdate", DATE.format(row.createdAt()));
                }
                if (row.createdBy() != null) {
                    xml.writeAttribute("creationid", row.createdBy());
                }
                if (row.updatedAt() != null) {
                    xml.writeAttribute("changedate", DATE.format(row.updatedAt()));
                }
                if (row.updatedBy() != null) {
                    xml.writeAttribute("changeid", row.updatedBy());
                }
                variant(xml, sourceLocale, row.source());
                variant(xml, targetLocale, row.target());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing TMX failed: " + e.getMessage(), e);
        }
    }

    private static void variant(XMLStreamWriter xml, String locale, String text) throws XMLStreamException {
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", Xml.XML_NS, "lang", locale);
        xml.writeStartElement("seg");
        xml.writeCharacters(Xml.clean(text));
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
