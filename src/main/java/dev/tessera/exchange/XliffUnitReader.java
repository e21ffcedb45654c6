package dev.tessera.exchange;

import dev.tessera.exchange.XliffInlineReader.Piece;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Locales;
import dev.tessera.shared.Sentence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the files, groups and units below an XLIFF root into an {@link XliffFile}; the subclass of the file's XLIFF
 * family reads each unit.
 */
abstract sealed class XliffUnitReader permits Xliff1UnitReader, Xliff2UnitReader {

    private static final Pattern PARAGRAPH_GROUP = Pattern.compile("p([1-9][0-9]{0,8})");

    final XMLStreamReader xml;
    final XliffInlineReader inline;
    final Set<Sentence> warnings = new LinkedHashSet<>();
    String sourceLocale;
    String targetLocale;
    boolean tessera;
    private final int family;
    private final List<XliffFile.Unit> units = new ArrayList<>();
    private final Deque<Integer> groupParagraphs = new ArrayDeque<>();
    private String original;
    private int paragraph;

    XliffUnitReader(XMLStreamReader xml, int family) {
        this.xml = xml;
        this.family = family;
        this.inline = new XliffInlineReader(xml, family, warnings);
    }

    /** The local name of the family's unit element. */
    abstract String unitElement();

    /** Reads the unit element at the cursor, to its end, adding its segments. */
    abstract void unit() throws XMLStreamException;

    /** Reads what the family puts on a {@code <file>} start tag besides its original. */
    void file() {}

    /** Reads from the root element at the cursor to the end of the document. */
    XliffFile read() throws XMLStreamException {
        walk();
        if (sourceLocale == null) {
            throw ApiException.validation("The file has no <file> element naming its source language.")
                    .text("exchange.no-source-language");
        }
        return new XliffFile(family, sourceLocale, targetLocale, original, tessera, units, List.copyOf(warnings));
    }

    /** The structure: files, groups and units. */
    private void walk() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT
                    && xliff()
                    && xml.getLocalName().equals("group")) {
                groupParagraphs.pop();
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!xliff()) {
                passOverForeign();
                continue;
            }
            switch (xml.getLocalName()) {
                case "file" -> {
                    if (original == null) {
                        original = xml.getAttributeValue(null, "original");
                    }
                    file();
                }
                case "group" -> {
                    var group = PARAGRAPH_GROUP.matcher(String.valueOf(xml.getAttributeValue(null, "id")));
                    groupParagraphs.push(group.matches() ? Integer.parseInt(group.group(1)) : 0);
                }
                case "trans-unit", "unit" -> {
                    if (xml.getLocalName().equals(unitElement())) {
                        unit();
                    } else {
                        skip();
                    }
                }
                case "header", "bin-unit", "skeleton", "notes", "alt-trans" -> skip();
                default -> {}
            }
        }
    }

    /** Moves to the next child element of the unit element, answering false at the unit's end tag. */
    boolean nextChildOf(String unitElement) throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.END_ELEMENT) {
            if (xml.getLocalName().equals(unitElement)) {
                return false;
            }
        }
        return true;
    }

    void add(
            String id,
            Integer version,
            int at,
            Piece source,
            Piece target,
            boolean preserve,
            String state,
            String subState,
            boolean approved) {
        if (id == null || id.isBlank()) {
            throw problem("a unit has no id.").text("exchange.unit-id-missing", line(), column());
        }
        CodedText sourceText = new CodedText(normalize(source.text, preserve), source.codes);
        CodedText targetText = null;
        List<ItsIssues.Mark> issues = List.of();
        if (target != null) {
            String read = target.text.toString();
            boolean asWritten = normalize(read, preserve).equals(read);
            // Offsets hold where the text is taken as written; otherwise an issue concerns the whole segment.
            issues = target.marks.stream()
                    .map(mark -> asWritten ? mark : mark.over(-1, -1))
                    .toList();
            try {
                targetText = new CodedText(normalize(target.text, preserve), target.codes).alignedTo(sourceText);
            } catch (IllegalArgumentException e) {
                throw ApiException.validation("Unit \"" + id + "\" has " + e.getMessage() + ".")
                        .text("exchange.unit-target-invalid", id, e.getMessage());
            }
        }
        units.add(new XliffFile.Unit(
                id, version, at, sourceText, targetText, state, subState, approved, List.of(), issues));
    }

    /** The paragraph of the next unit: its own, or in Tessera's files the paragraph group it is in. */
    int nextParagraph() {
        Integer group = groupParagraphs.peek();
        if (tessera && group != null && group > 0) {
            paragraph = group;
            return group;
        }
        return ++paragraph;
    }

    /**
     * One line, as a segment is: line breaks are spaces; unless space is preserved, tabs too and runs of spaces
     * one. Tessera's own files keep their text as written: it is the segments' text.
     */
    private String normalize(CharSequence text, boolean preserve) {
        if (tessera) {
            return text.toString();
        }
        String line = text.toString().replaceAll("\r\n|[\r\n\u2028\u2029\u0085]", " ");
        return preserve
                ? line
                : line.replace('\t', ' ').replaceAll(" {2,}", " ").strip();
    }

    boolean preserves(boolean inherited) {
        String space = xml.getAttributeValue(XMLConstants.XML_NS_URI, "space");
        return space == null ? inherited : space.equals("preserve");
    }

    boolean xliff() {
        return XliffReader.inXliffNamespace(xml, family);
    }

    static Sentence untranslatable() {
        return Sentence.keyed("exchange.warning.untranslatable", "Units marked translate=\"no\" were passed over.");
    }

    /** Skips the element at the cursor, in a namespace other than XLIFF's, and says so in the warnings. */
    void passOverForeign() throws XMLStreamException {
        warnings.add(Sentence.keyed(
                "exchange.warning.foreign-elements",
                "Elements of " + xml.getNamespaceURI() + " were passed over.",
                xml.getNamespaceURI()));
        skip();
    }

    void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    String locale(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw problem("the " + attribute + " attribute is missing; it names the file's source language.")
                    .text("exchange.source-language-missing", line(), column(), attribute);
        }
        return optionalLocale(value, attribute);
    }

    String optionalLocale(String value, String attribute) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Locales.canonical(value.strip());
        } catch (ApiException e) {
            throw problem(attribute + "=\"" + value + "\": " + e.getMessage())
                    .text("exchange.locale-invalid", line(), column(), attribute, value, e.getMessage());
        }
    }

    int number(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw problem(what + " \"" + text.strip() + "\" is not a number.")
                    .text("exchange.not-a-number", line(), column(), what, text.strip());
        }
    }

    ApiException problem(String message) {
        return XliffReader.problem(xml, message);
    }

    /** The line of the cursor for the screens' text of a {@link #problem}: see {@link XliffReader#line}. */
    String line() {
        return XliffReader.line(xml);
    }

    /** The column of the cursor for the screens' text of a {@link #problem}. */
    String column() {
        return XliffReader.column(xml);
    }
}
