package dev.tessera.exchange;

import dev.tessera.shared.TmxHeader;
import dev.tessera.translation.ExportRow;
import dev.tessera.translation.TranslationStatus;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * TMX 1.4b: one {@code <tu>} per APPROVED segment (and TRANSLATED ones when asked), with the translation's first
 * and last change (date and user), source and target as {@code <tuv>}s. Streams.
 */
final class TmxWriter {

    private TmxWriter() {}

    static void write(
            String sourceLocale,
            String targetLocale,
            Iterator<ExportRow> rows,
            boolean includeTranslated,
            Instant now,
            OutputStream out) {
        Xml.document(out, "TMX", xml -> {
            TmxHeader.begin(xml, sourceLocale, now);
            while (rows.hasNext()) {
                ExportRow row = rows.next();
                boolean included = row.status().isApproved()
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
        attribute(xml, "creationdate", row.createdAt() == null ? null : TmxHeader.DATE.format(row.createdAt()));
        attribute(xml, "creationid", row.createdBy());
        attribute(xml, "changedate", row.updatedAt() == null ? null : TmxHeader.DATE.format(row.updatedAt()));
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
