package dev.tessera.exchange;

import dev.tessera.translation.review.Issue;
import dev.tessera.translation.review.IssueCategory;
import dev.tessera.translation.review.IssueSeverity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Tessera's typed review issues as ITS 2.0 Localization Quality Issue data: the category as
 * {@code locQualityIssueType}, the severity on ITS's scale of 0 to 100 (minor 10, major 50, critical 100, read back
 * by ranges), and the other ITS types a file may carry mapped to the MQM category that covers them.
 */
final class ItsIssues {

    static final String NS = "http://www.w3.org/2005/11/its";

    private static final Map<String, IssueCategory> OTHER_TYPES = Map.ofEntries(
            Map.entry("duplication", IssueCategory.ADDITION),
            Map.entry("inconsistency", IssueCategory.STYLE),
            Map.entry("register", IssueCategory.STYLE),
            Map.entry("whitespace", IssueCategory.PUNCTUATION),
            Map.entry("formatting", IssueCategory.MARKUP),
            Map.entry("inconsistent-entities", IssueCategory.MARKUP),
            Map.entry("locale-specific-content", IssueCategory.LOCALE_CONVENTION),
            Map.entry("characters", IssueCategory.LOCALE_CONVENTION),
            Map.entry("numbers", IssueCategory.MISTRANSLATION));

    /**
     * An ITS Localization Quality Issue read from a file: where it is in the text read (start and end -1 for the whole
     * segment), and its type, severity and comment as written.
     */
    record Mark(
            int start,
            int end,
            @Nullable String type,
            @Nullable String severity,
            @Nullable String comment) {

        Mark over(int start, int end) {
            return new Mark(start, end, type, severity, comment);
        }
    }

    private ItsIssues() {}

    /** The ITS issue on the element at the cursor (its local attributes), or null when it has none. */
    static @Nullable Mark read(XMLStreamReader xml) {
        return read(xml, NS);
    }

    /** The issue of an {@code <its:locQualityIssue>} in a standoff element, whose attributes are in no namespace. */
    static @Nullable Mark readStandoff(XMLStreamReader xml) {
        return read(xml, null);
    }

    private static @Nullable Mark read(XMLStreamReader xml, @Nullable String namespace) {
        String type = xml.getAttributeValue(namespace, "locQualityIssueType");
        String severity = xml.getAttributeValue(namespace, "locQualityIssueSeverity");
        String comment = xml.getAttributeValue(namespace, "locQualityIssueComment");
        if (type == null && severity == null && comment == null) {
            return null;
        }
        return new Mark(-1, -1, type, severity, comment);
    }

    /** The issue's type, severity and comment as ITS local attributes of the element just started. */
    static void writeAttributes(XMLStreamWriter xml, Issue issue) throws XMLStreamException {
        writeAttributes(xml, issue, NS);
    }

    /**
     * The ITS namespace and version declared on the element just started, where the document does not declare them
     * (XLIFF 1.2: its root stays as before).
     */
    static void declare(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeNamespace("its", NS);
        xml.writeAttribute("its", NS, "version", "2.0");
    }

    /** The issues as an ITS standoff element ({@code <its:locQualityIssues xml:id>}) a target refers to. */
    static void writeStandoff(XMLStreamWriter xml, String id, List<Issue> issues) throws XMLStreamException {
        xml.writeStartElement("its", "locQualityIssues", NS);
        xml.writeNamespace("its", NS);
        xml.writeAttribute("xml", Xml.XML_NS, "id", id);
        xml.writeAttribute("version", "2.0");
        for (Issue issue : issues) {
            xml.writeEmptyElement("its", "locQualityIssue", NS);
            writeAttributes(xml, issue, "");
        }
        xml.writeEndElement();
    }

    /** The attributes in the ITS namespace (local markup), or in none (inside a standoff element). */
    private static void writeAttributes(XMLStreamWriter xml, Issue issue, String namespace) throws XMLStreamException {
        attribute(xml, namespace, "locQualityIssueType", issue.category().itsType());
        attribute(xml, namespace, "locQualityIssueSeverity", severity(issue.severity()));
        if (issue.comment() != null) {
            attribute(xml, namespace, "locQualityIssueComment", Xml.clean(issue.comment()));
        }
    }

    private static void attribute(XMLStreamWriter xml, String namespace, String name, String value)
            throws XMLStreamException {
        if (namespace.isEmpty()) {
            xml.writeAttribute(name, value);
        } else {
            xml.writeAttribute("its", namespace, name, value);
        }
    }

    static String severity(IssueSeverity severity) {
        return switch (severity) {
            case MINOR -> "10";
            case MAJOR -> "50";
            case CRITICAL -> "100";
        };
    }

    /** The severity of an ITS score: below 30 minor, below 75 major, critical above; MAJOR when there is none. */
    static IssueSeverity severity(@Nullable String score) {
        if (score == null || score.isBlank()) {
            return IssueSeverity.MAJOR;
        }
        double value;
        try {
            value = Double.parseDouble(score.strip());
        } catch (NumberFormatException e) {
            return IssueSeverity.MAJOR;
        }
        return value < 30 ? IssueSeverity.MINOR : value < 75 ? IssueSeverity.MAJOR : IssueSeverity.CRITICAL;
    }

    /** The category of an ITS issue type; null for a type no MQM core category covers (legal, length, other…). */
    static @Nullable IssueCategory category(@Nullable String type) {
        if (type == null) {
            return null;
        }
        String wanted = type.strip().toLowerCase(Locale.ROOT);
        for (IssueCategory category : IssueCategory.values()) {
            if (category.itsType().equals(wanted)) {
                return category;
            }
        }
        return OTHER_TYPES.get(wanted);
    }
}
