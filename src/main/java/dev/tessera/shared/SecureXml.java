package dev.tessera.shared;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML read the safe way (DESIGN.md): no DTD processing, no external entities, nothing fetched, bounded depth and
 * sizes. A DOCTYPE that only names an external DTD passes; one that declares entities is refused by
 * {@link #declaresEntities}.
 */
public final class SecureXml {

    private static final XMLInputFactory FACTORY = factory();

    private SecureXml() {
    }

    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Whether the event just read is a DOCTYPE with an internal subset declaring entities. */
    public static boolean declaresEntities(XMLStreamReader xml, int event) {
        return event == XMLStreamConstants.DTD && xml.getText() != null && xml.getText().contains("<!ENTITY");
    }

    /** "Line L, column C: " for a message, or nothing when the place is unknown. */
    public static String place(Location location) {
        return location == null ? "" : "Line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": ";
    }

    /** The first line of a parser's message, which is the one a person can act on. */
    public static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 100);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 1024 * 1024);
        // Errors in text (a bare "&") surface at next(), as XMLStreamException, not later from getText().
        factory.setProperty(WstxInputProperties.P_LAZY_PARSING, false);
        return factory;
    }
}
