package dev.tessera.exchange;

import dev.tessera.formats.InlineCode;
import dev.tessera.glossary.TermMention;
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
 * XLIFF 2.1: one {@code <file>}, a {@code <group>} per paragraph, a {@code <unit id="s<segmentId>">} per segment
 * with the translation's version as {@code tessera:version}, the state mapping of DESIGN.md ({@code state} and
 * {@code subState} on the segment), the comment thread as notes, and the glossary module: each recognised source
 * term marked {@code <mrk type="term">} and a {@code <gls:glossEntry>} pointing at it with its approved renderings,
 * and the matches module: the memory matches the caller gives for a row as {@code <mtc:match>}es pointing at the
 * segment. Streams.
 */
final class Xliff21Writer {

    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String GLS = "urn:oasis:names:tc:xliff:glossary:2.0";
    static final String TESSERA = "urn:dev.tessera:xliff";
    static final String MTC = "urn:oasis:names:tc:xliff:matches:2.0";

    private Xliff21Writer() {}

    /** @param terms the glossary terms of a source text in the target locale */
    static void write(
            String documentName,
            String sourceLocale,
            String targetLocale,
            Iterator<ExportRow> rows,
            Function<String, List<TermMention>> terms,
            OutputStream out) {
        write(documentName, sourceLocale, targetLocale, rows, terms, row -> List.of(), out);
    }

    /**
     * @param terms the glossary terms of a source text in the target locale
     * @param matches the memory matches to write for a row, best first (the service gives them for untranslated rows)
     */
    static void write(
            String documentName,
            String sourceLocale,
            String targetLocale,
            Iterator<ExportRow> rows,
            Function<String, List<TermMention>> terms,
            Function<ExportRow, List<MemoryMatch>> matches,
            OutputStream out) {
        write(documentName, sourceLocale, targetLocale, rows, terms, matches, row -> List.of(), out);
    }

    /**
     * @param terms the glossary terms of a source text in the target locale
     * @param matches the memory matches to write for a row, best first (the service gives them for untranslated rows)
     * @param issues the review issues that stand on a row's target, written as ITS Localization Quality Issues
     */
    static void write(
            String documentName,
            String sourceLocale,
            String targetLocale,
            Iterator<ExportRow> rows,
            Function<String, List<TermMention>> terms,
            Function<ExportRow, List<MemoryMatch>> matches,
            Function<ExportRow, List<Issue>> issues,
            OutputStream out) {
        Xml.document(out, "XLIFF", xml -> {
            xml.setDefaultNamespace(NS);
            xml.setPrefix("gls", GLS);
            xml.setPrefix("tessera", TESSERA);
            xml.setPrefix("its", ItsIssues.NS);
            xml.writeStartElement(NS, "xliff");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("gls", GLS);
            xml.writeNamespace("tessera", TESSERA);
            xml.writeNamespace("its", ItsIssues.NS);
            xml.writeAttribute("version", "2.1");
            xml.writeAttribute("srcLang", sourceLocale);
            xml.writeAttribute("trgLang", targetLocale);
            xml.writeStartElement(NS, "file");
            xml.writeAttribute("id", "f1");
            xml.writeAttribute("original", documentName);
            Xml.groupsByParagraph(
                    xml,
                    NS,
                    rows,
                    (writer, row) ->
                            unit(writer, row, terms.apply(row.source()), matches.apply(row), issues.apply(row)));
        });
    }

    private static void unit(
            XMLStreamWriter xml, ExportRow row, List<TermMention> terms, List<MemoryMatch> matches, List<Issue> issues)
            throws XMLStreamException {
        List<InlineCode> codes = InlineCode.fromJson(row.codes());
        // Term marks get ids of their own; with codes from another file, a prefix keeps them apart from its ids.
        String markId = codes.isEmpty() ? "m" : "tessera-m";
        List<TermSpan> spans = new java.util.ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            TermMention term = terms.get(i);
            if (!dev.tessera.shared.CodeMarkers.hasMarkers(row.source().substring(term.start(), term.end()))) {
                spans.add(new TermSpan(term.start(), term.end(), markId + (i + 1)));
            }
        }
        // The matches point at the segment, which then needs an id (unique among the unit's segments, marks and codes).
        String segmentId = codes.isEmpty() ? "seg1" : "tessera-seg1";
        java.util.Set<String> marked = new java.util.HashSet<>();
        spans.forEach(span -> marked.add(span.id()));
        xml.writeStartElement(NS, "unit");
        xml.writeAttribute("id", "s" + row.segmentId());
        xml.writeAttribute(TESSERA, "version", String.valueOf(row.version()));
        if (!terms.isEmpty()) {
            xml.writeStartElement(GLS, "glossary");
            for (int i = 0; i < terms.size(); i++) {
                TermMention term = terms.get(i);
                xml.writeStartElement(GLS, "glossEntry");
                if (marked.contains(markId + (i + 1))) {
                    xml.writeAttribute("ref", "#" + markId + (i + 1));
                }
                xml.writeStartElement(GLS, "term");
                xml.writeAttribute("source", "tessera:concept:" + term.conceptId());
                xml.writeCharacters(Xml.clean(term.text()));
                xml.writeEndElement();
                for (String rendering : term.renderings()) {
                    Xml.textElement(xml, GLS, "translation", rendering);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (!matches.isEmpty()) {
            matches(xml, matches, codes, segmentId);
        }
        if (!row.comments().isEmpty()) {
            xml.writeStartElement(NS, "notes");
            for (Comment comment : row.comments()) {
                xml.writeStartElement(NS, "note");
                xml.writeAttribute("category", "comment");
                xml.writeAttribute(TESSERA, "author", comment.author());
                xml.writeCharacters(Xml.clean(comment.text()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        java.util.Map<String, String> data = CodeWriter.data(codes, row.source(), row.target());
        if (!data.isEmpty()) {
            xml.writeStartElement(NS, "originalData");
            for (String raw : data.values()) {
                ((org.codehaus.stax2.XMLStreamWriter2) xml).writeRaw(raw);
            }
            xml.writeEndElement();
        }
        xml.writeStartElement(NS, "segment");
        if (!matches.isEmpty()) {
            xml.writeAttribute("id", segmentId);
        }
        switch (row.status()) {
            case UNTRANSLATED -> xml.writeAttribute("state", "initial");
            case DRAFT -> {
                xml.writeAttribute("state", "initial");
                xml.writeAttribute("subState", "tessera:draft");
            }
            case TRANSLATED -> xml.writeAttribute("state", "translated");
            case REJECTED -> {
                xml.writeAttribute("state", "initial");
                xml.writeAttribute("subState", "tessera:rejected");
            }
            case APPROVED -> xml.writeAttribute("state", "reviewed");
            case SIGNED_OFF -> xml.writeAttribute("state", "final");
        }
        xml.writeStartElement(NS, "source");
        CodeWriter.write(xml, 2, NS, row.source(), codes, spans);
        xml.writeEndElement();
        if (row.target() != null) {
            xml.writeStartElement(NS, "target");
            CodeWriter.write(xml, 2, NS, row.target(), codes, List.of(), issueMarkers(issues, row.target(), markId));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * Each issue as an ITS Localization Quality Issue on a {@code <sm>}/{@code <em>} pair around its span (the whole
     * target when it has none): markers, unlike {@code <mrk>}, may overlap one another and the codes.
     */
    private static List<CodeWriter.Point> issueMarkers(List<Issue> issues, String target, String markId) {
        List<CodeWriter.Point> ends = new java.util.ArrayList<>();
        List<CodeWriter.Point> starts = new java.util.ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            String id = markId + "-lqi" + (i + 1);
            int start = issue.start() == null ? 0 : issue.start();
            int end = issue.end() == null ? target.length() : issue.end();
            starts.add(new CodeWriter.Point(start, xml -> {
                xml.writeEmptyElement(NS, "sm");
                xml.writeAttribute("id", id);
                xml.writeAttribute("type", "its:any");
                ItsIssues.writeAttributes(xml, issue);
            }));
            ends.add(new CodeWriter.Point(end, xml -> {
                xml.writeEmptyElement(NS, "em");
                xml.writeAttribute("startRef", id);
            }));
        }
        // Where one issue ends and another starts, the first closes before the next opens.
        ends.addAll(starts);
        return ends;
    }

    /**
     * The matches module, its namespace declared where it is used: each match with its quality, its memory as
     * origin and Tessera's kind of match as subType, pointing at the segment; the texts' codes as the segment's
     * (see {@link CodeWriter#withCodesOf}).
     */
    private static void matches(
            XMLStreamWriter xml, List<MemoryMatch> matches, List<InlineCode> codes, String segmentId)
            throws XMLStreamException {
        xml.writeStartElement("mtc", "matches", MTC);
        xml.writeNamespace("mtc", MTC);
        for (MemoryMatch match : matches) {
            xml.writeStartElement("mtc", "match", MTC);
            xml.writeAttribute("ref", "#" + segmentId);
            // matchQuality is a decimal from 0 to 100 in 2.x: a CONTEXT match (Tessera's 101) is 100 here, and its
            // subType (tessera:context, tessera:exact or tessera:fuzzy) says the rest.
            xml.writeAttribute("matchQuality", String.valueOf(Math.min(100, match.score())));
            xml.writeAttribute("origin", match.origin());
            xml.writeAttribute("type", "tm");
            xml.writeAttribute("subType", "tessera:" + match.kind());
            String source = CodeWriter.withCodesOf(match.source(), codes);
            String target = CodeWriter.withCodesOf(match.target(), codes);
            java.util.Map<String, String> data = CodeWriter.data(codes, source, target);
            if (!data.isEmpty() && (CodeMarkers.hasMarkers(source) || CodeMarkers.hasMarkers(target))) {
                // The codes written as the file had them refer to original data, which a match must carry itself.
                xml.writeStartElement(NS, "originalData");
                for (String raw : data.values()) {
                    ((org.codehaus.stax2.XMLStreamWriter2) xml).writeRaw(raw);
                }
                xml.writeEndElement();
            }
            xml.writeStartElement(NS, "source");
            CodeWriter.write(xml, 2, NS, source, codes, List.of());
            xml.writeEndElement();
            xml.writeStartElement(NS, "target");
            CodeWriter.write(xml, 2, NS, target, codes, List.of());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** A recognised term in the source, marked {@code <mrk id type="term">}. */
    private record TermSpan(int start, int end, String id) implements CodeWriter.Span {

        @Override
        public void open(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeStartElement(NS, "mrk");
            xml.writeAttribute("id", id);
            xml.writeAttribute("type", "term");
        }
    }
}
