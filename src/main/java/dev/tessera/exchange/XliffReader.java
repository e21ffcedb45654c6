package dev.tessera.exchange;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.SecureXml;
import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XLIFF 1.0–1.2 and 2.0–2.1 into segments with their inline codes kept whole. A 1.2 unit with a
 * {@code <seg-source>} gives one segment per {@code <mrk mtype="seg">}, a 2.x unit one per {@code <segment>}.
 * Alternatives, skeletons, binary units, units marked {@code translate="no"} and modules are passed over; term marks
 * are dropped (Tessera marks terms from its own glossaries). Secure: nothing is fetched, entity declarations are
 * refused. Every problem is a 400 naming where it is. This class checks the root and leaves the units to the
 * reader of the file's XLIFF family.
 */
final class XliffReader {

    static final String NS12 = "urn:oasis:names:tc:xliff:document:1.2";
    static final String NS2 = "urn:oasis:names:tc:xliff:document:2.0";
    private static final Set<String> NS1 =
            Set.of(NS12, "urn:oasis:names:tc:xliff:document:1.1", "urn:oasis:names:tc:xliff:document:1.0", "");

    private XliffReader() {}

    static XliffFile read(InputStream in) {
        try {
            return SecureXml.parse(
                    in,
                    XliffReader::parse,
                    (message, cause) -> ApiException.validation(message).text("exchange.xml-invalid", message));
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("The file cannot be read: " + e.getMessage() + ".")
                    .text("exchange.file-unreadable", e.getMessage());
        }
    }

    private static XliffFile parse(XMLStreamReader xml) throws XMLStreamException {
        if ("1.1".equals(xml.getVersion())) {
            throw problem(xml, "XML 1.1 is not supported; save the file as XML 1.0.")
                    .text("exchange.xml-1-1", line(xml), column(xml));
        }
        boolean doctype = false;
        while (xml.hasNext()) {
            int event = xml.next();
            doctype |= event == XMLStreamConstants.DTD;
            if (event == XMLStreamConstants.START_ELEMENT) {
                return unitReader(xml, doctype).read();
            }
        }
        throw ApiException.validation("The file has no root element.").text("exchange.no-root");
    }

    /** The reader for the XLIFF family of the root element at the cursor. */
    private static XliffUnitReader unitReader(XMLStreamReader xml, boolean doctype) {
        String ns = namespace(xml);
        if (!xml.getLocalName().equals("xliff")) {
            throw problem(xml, "this is not XLIFF: the root element is <" + xml.getLocalName() + ">.")
                    .text("exchange.root-not-xliff", line(xml), column(xml), xml.getLocalName());
        }
        if (NS1.contains(ns)) {
            return new Xliff1UnitReader(xml);
        }
        if (ns.equals(NS2)) {
            if (doctype) {
                throw problem(xml, "XLIFF 2 has no DOCTYPE; remove it.")
                        .text("exchange.xliff2-doctype", line(xml), column(xml));
            }
            String version = xml.getAttributeValue(null, "version");
            if (version != null && !version.equals("2.0") && !version.equals("2.1")) {
                throw problem(xml, "XLIFF version " + version + " is not supported; Tessera reads 2.0 and 2.1.")
                        .text("exchange.xliff-version", line(xml), column(xml), version);
            }
            return new Xliff2UnitReader(xml);
        }
        if (ns.startsWith("urn:oasis:names:tc:xliff:document:")) {
            throw problem(
                            xml,
                            "the XLIFF namespace " + ns
                                    + " is not supported; Tessera reads XLIFF 1.0–1.2, 2.0 and 2.1.")
                    .text("exchange.xliff-namespace", line(xml), column(xml), ns);
        }
        throw problem(xml, "this is not XLIFF: the root element is in the namespace \"" + ns + "\".")
                .text("exchange.root-namespace", line(xml), column(xml), ns);
    }

    /** Whether the element at the cursor is in the namespace of XLIFF {@code family} (1 or 2). */
    static boolean inXliffNamespace(XMLStreamReader xml, int family) {
        return family == 1 ? NS1.contains(namespace(xml)) : namespace(xml).equals(NS2);
    }

    private static String namespace(XMLStreamReader xml) {
        return xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
    }

    /**
     * The line of the cursor, as the screens' text of a {@link #problem} starts with it: "none" when the place is
     * unknown and the message says none.
     */
    static String line(XMLStreamReader xml) {
        Location at = xml.getLocation();
        return at == null ? "none" : String.valueOf(at.getLineNumber());
    }

    /** The column of the cursor, for the screens' text of a {@link #problem}; empty when the place is unknown. */
    static String column(XMLStreamReader xml) {
        Location at = xml.getLocation();
        return at == null ? "" : String.valueOf(at.getColumnNumber());
    }

    /** A 400 whose message starts with the line and column of the cursor. */
    static ApiException problem(XMLStreamReader xml, String message) {
        return ApiException.validation(SecureXml.place(xml.getLocation()) + message);
    }
}
