package dev.tessera.exchange;

import dev.tessera.translation.Comment;
import dev.tessera.translation.ExportRow;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XLIFF 1.2 (strict): one {@code <file>} for the document, a {@code <group>} per paragraph, a {@code <trans-unit>}
 * per segment (id {@code s<segmentId>}, stable across exports), the state mapping of DESIGN.md, the translation's
 * version in an {@code x-tessera-version} context (strict 1.2 allows no foreign attributes on a trans-unit) and the
 * comment thread as {@code <note>}s, and the memory matches the caller gives for a row as {@code <alt-trans>}s after
 * them. Streams: nothing is held but the current row.
 */
final class Xliff12Writer {

    static final String NS = "urn:oasis:names:tc:xliff:document:1.2";

    private Xliff12Writer() {}

    static void write(
            String documentName, String sourceLocale, String targetLocale, Iterator<ExportRow> rows, OutputStream out) {
        write(documentName, sourceLocale, targetLocale, rows, row -> List.of(), out);
    }

    /** @param matches the memory matches to write for a row, best first (the service gives them for untranslated rows) */
    static void write(
            String documentName,
            String sourceLocale,
            String targetLocale,
            Iterator<ExportRow> rows,
            Function<ExportRow, List<MemoryMatch>> matches,
            OutputStream out) {
        Xml.document(out, "XLIFF", xml -> {
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "xliff");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "1.2");
            xml.writeStartElement(NS, "file");
            xml.writeAttribute("original", documentName);
            xml.writeAttribute("source-language", sourceLocale);
            xml.writeAttribute("target-language", targetLocale);
            xml.writeAttribute("datatype", "plaintext");
            xml.writeAttribute("tool-id", "tessera");
            xml.writeStartElement(NS, "header");
            xml.writeEmptyElement(NS, "tool");
            xml.writeAttribute("tool-id", "tessera");
            xml.writeAttribute("tool-name", "Tessera");
            xml.writeEndElement();
            xml.writeStartElement(NS, "body");
            Xml.groupsByParagraph(
                    xml, NS, rows, (writer, row) -> unit(writer, row, sourceLocale, targetLocale, matches.apply(row)));
        });
    }

    private static void unit(
            XMLStreamWriter xml, ExportRow row, String sourceLocale, String targetLocale, List<MemoryMatch> matches)
            throws XMLStreamException {
        xml.writeStartElement(NS, "trans-unit");
        xml.writeAttribute("id", "s" + row.segmentId());
        if (row.status().isApproved()) {
            xml.writeAttribute("approved", "yes");
        }
        List<InlineCode> codes = InlineCode.fromJson(row.codes());
        xml.writeStartElement(NS, "source");
        xml.writeAttribute("xml", Xml.XML_NS, "lang", sourceLocale);
        CodeWriter.write(xml, 1, NS, row.source(), codes, List.of());
        xml.writeEndElement();
        if (row.target() != null) {
            xml.writeStartElement(NS, "target");
            xml.writeAttribute("xml", Xml.XML_NS, "lang", targetLocale);
            switch (row.status()) {
                case DRAFT -> xml.writeAttribute("state", "new");
                case TRANSLATED -> xml.writeAttribute("state", "translated");
                case REJECTED -> {
                    xml.writeAttribute("state", "needs-review-translation");
                    xml.writeAttribute("state-qualifier", "rejected-inaccurate");
                }
                case APPROVED -> xml.writeAttribute("state", "signed-off");
                case SIGNED_OFF -> xml.writeAttribute("state", "final");
                default -> {}
            }
            CodeWriter.write(xml, 1, NS, row.target(), codes, List.of());
            xml.writeEndElement();
        }
        xml.writeStartElement(NS, "context-group");
        xml.writeAttribute("name", "tessera-s" + row.segmentId());
        xml.writeAttribute("purpose", "information");
        xml.writeStartElement(NS, "context");
        xml.writeAttribute("context-type", "x-tessera-version");
        xml.writeCharacters(String.valueOf(row.version()));
        xml.writeEndElement();
        xml.writeEndElement();
        for (Comment comment : row.comments()) {
            xml.writeStartElement(NS, "note");
            xml.writeAttribute("from", comment.author());
            xml.writeCharacters(Xml.clean(comment.text()));
            xml.writeEndElement();
        }
        for (MemoryMatch match : matches) {
            // match-quality is free text in 1.2: the number Tessera's editor shows, so 101 for a CONTEXT match (the
            // percentage memoQ also shows for one). A tool that reads it as a percentage still ranks the match at
            // least as high as an exact one; the 2.1 writer, whose matchQuality stops at 100, says CONTEXT otherwise.
            xml.writeStartElement(NS, "alt-trans");
            xml.writeAttribute("match-quality", String.valueOf(match.score()));
            xml.writeAttribute("origin", match.origin());
            xml.writeStartElement(NS, "source");
            xml.writeAttribute("xml", Xml.XML_NS, "lang", sourceLocale);
            CodeWriter.write(xml, 1, NS, CodeWriter.withCodesOf(match.source(), codes), codes, List.of());
            xml.writeEndElement();
            xml.writeStartElement(NS, "target");
            xml.writeAttribute("xml", Xml.XML_NS, "lang", targetLocale);
            CodeWriter.write(xml, 1, NS, CodeWriter.withCodesOf(match.target(), codes), codes, List.of());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
