package dev.tessera.exchange;

import com.ctc.wstx.stax.WstxOutputFactory;
import dev.tessera.translation.ExportRow;
import java.io.OutputStream;
import java.util.Iterator;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Streaming XML output (Woodstox), and text made safe for XML 1.0. */
final class Xml {

    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private static final XMLOutputFactory FACTORY = new WstxOutputFactory();

    private Xml() {}

    /** Writes the document's content; elements left open are closed at the end of the document. */
    @FunctionalInterface
    interface Content {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** What a writer writes for one row. */
    @FunctionalInterface
    interface RowContent {
        void write(XMLStreamWriter xml, ExportRow row) throws XMLStreamException;
    }

    /** A UTF-8 document on the stream (left open): the declaration, the content, every open element closed. */
    static void document(OutputStream out, String format, Content content) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            content.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing " + format + " failed: " + e.getMessage(), e);
        }
    }

    /** The rows, each paragraph's in a {@code <group id="p<paragraph>">} of the namespace (both XLIFF versions). */
    static void groupsByParagraph(XMLStreamWriter xml, String namespace, Iterator<ExportRow> rows, RowContent unit)
            throws XMLStreamException {
        int paragraph = -1;
        while (rows.hasNext()) {
            ExportRow row = rows.next();
            if (row.paragraph() != paragraph) {
                if (paragraph != -1) {
                    xml.writeEndElement();
                }
                paragraph = row.paragraph();
                xml.writeStartElement(namespace, "group");
                xml.writeAttribute("id", "p" + paragraph);
            }
            unit.write(xml, row);
        }
        if (paragraph != -1) {
            xml.writeEndElement();
        }
    }

    /** {@code <name>text</name>} in the namespace (none when null), the text made safe. */
    static void textElement(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
        if (namespace == null) {
            xml.writeStartElement(name);
        } else {
            xml.writeStartElement(namespace, name);
        }
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    /** Characters XML 1.0 cannot carry (stored text never has them; this keeps a file well-formed regardless). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || Character.isSurrogate(c);
            if (!allowed && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null && allowed) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
