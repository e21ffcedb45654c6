package dev.tessera.exchange;

import dev.tessera.formats.InlineCode;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.translation.Comment;
import dev.tessera.translation.ExportRow;
import dev.tessera.translation.review.Issue;
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
        write(documentName, sourceLocale, targetLocale, rows, matches, row -> List.of(), out);
    }

    /**
     * @param matches the memory matches to write for a row, best first (the service gives them for untranslated rows)
     * @param issues the review issues that stand on a row's target, written as ITS Localization Quality Issues
     */
    static void write(
            String documentName,
            String sourceLocale,
            String targetLocale,
            Iterator<ExportRow> rows,
            Function<ExportRow, List<MemoryMatch>> matches,
            Function<ExportRow, List<Issue>> issues,
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
                    xml,
                    NS,
                    rows,
                    (writer, row) ->
                            unit(writer, row, sourceLocale, targetLocale, matches.apply(row), issues.apply(row)));
        });
    }

    private static void unit(
            XMLStreamWriter xml,
            ExportRow row,
            String sourceLocale,
            String targetLocale,
            List<MemoryMatch> matches,
            List<Issue> issues)
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
        List<IssueSpan> inline = new java.util.ArrayList<>();
        List<Issue> standoff = new java.util.ArrayList<>();
        if (row.target() != null) {
            IssueSpan.place(issues, row.target(), inline, standoff);
            xml.writeStartElement(NS, "target");
            xml.writeAttribute("xml", Xml.XML_NS, "lang", targetLocale);
            if (!standoff.isEmpty()) {
                ItsIssues.declare(xml);
                xml.writeAttribute("its", ItsIssues.NS, "locQualityIssuesRef", "#lqi-s" + row.segmentId());
            }
            switch (row.status()) {
                case DRAFT -> xml.writeAttribute("state", "new");
                case TRANSLATED -> xml.writeAttribute("state", "translated");
                case REJECTED -> {
                    xml.writeAttribute("state", "needs-review-translation");
                    xml.writeAttribute("state-qualifier", rejection(issues));
                }
                case APPROVED -> xml.writeAttribute("state", "signed-off");
                case SIGNED_OFF -> xml.writeAttribute("state", "final");
                default -> {}
            }
            CodeWriter.write(xml, 1, NS, row.target(), codes, inline);
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
        if (!standoff.isEmpty()) {
            ItsIssues.writeStandoff(xml, "lqi-s" + row.segmentId(), standoff);
        }
        xml.writeEndElement();
    }

    /** The state-qualifier of a rejection: the one its first typed issue's category names, else rejected-inaccurate. */
    private static String rejection(List<Issue> issues) {
        return issues.stream()
                .filter(issue -> issue.origin().equals("REJECTION"))
                .map(issue -> issue.category().stateQualifier())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse("rejected-inaccurate");
    }

    /**
     * An issue on a stretch of plain text, written as {@code <mrk mtype="x-its">} with ITS local attributes. In 1.2 a
     * mark cannot cross a code or another mark: such issues, and those on the whole segment, go to the standoff
     * element the target refers to.
     */
    private record IssueSpan(int start, int end, Issue issue) implements CodeWriter.Span {

        static void place(List<Issue> issues, String target, List<IssueSpan> inline, List<Issue> standoff) {
            int reached = 0;
            List<Issue> bySpan = issues.stream()
                    .sorted(java.util.Comparator.comparing((Issue issue) -> issue.start() == null ? -1 : issue.start()))
                    .toList();
            for (Issue issue : bySpan) {
                if (issue.start() != null
                        && issue.start() >= reached
                        && !CodeMarkers.hasMarkers(target.substring(issue.start(), issue.end()))) {
                    inline.add(new IssueSpan(issue.start(), issue.end(), issue));
                    reached = issue.end();
                } else {
                    standoff.add(issue);
                }
            }
        }

        @Override
        public void open(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeStartElement(NS, "mrk");
            xml.writeAttribute("mtype", "x-its");
            ItsIssues.declare(xml);
            ItsIssues.writeAttributes(xml, issue);
        }
    }
}
