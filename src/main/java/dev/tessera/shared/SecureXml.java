package dev.tessera.shared;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import java.util.function.BiFunction;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * XML read the safe way (DESIGN.md): no DTD processing, no external entities, nothing fetched, bounded depth and
 * sizes. A DOCTYPE that only names an external DTD passes; one that declares entities is refused.
 */
public final class SecureXml {

    private static final XMLInputFactory FACTORY = factory();

    private SecureXml() {}

    /** Reads a whole document from an {@link XMLStreamReader} positioned at its start. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(XMLStreamReader xml) throws XMLStreamException;
    }

    /**
     * Parses {@code in} with {@code parser} and closes the reader. A file that is not well-formed, or whose DOCTYPE
     * declares entities, becomes the caller's own exception, made by {@code failure} from a message that starts with
     * the line and column, and the parser's exception when there is one (else null).
     */
    public static <T> T parse(
            InputStream in, Parser<T> parser, BiFunction<String, Throwable, ? extends RuntimeException> failure) {
        try {
            XMLStreamReader xml = new EntityRefusingReader(FACTORY.createXMLStreamReader(in), failure);
            try {
                return parser.parse(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            String message = "the file is not well-formed XML: " + firstLine(e.getMessage());
            throw failure.apply(place(e.getLocation()) + message, e);
        }
    }

    /** "Line L, column C: " for a message, or nothing when the place is unknown. */
    public static String place(Location location) {
        return location == null
                ? ""
                : "Line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": ";
    }

    /** The first line of a parser's message, which is the one a person can act on. */
    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Refuses a DOCTYPE whose internal subset declares entities as soon as it is read. */
    private static final class EntityRefusingReader extends StreamReaderDelegate {

        private final BiFunction<String, Throwable, ? extends RuntimeException> failure;

        EntityRefusingReader(XMLStreamReader xml, BiFunction<String, Throwable, ? extends RuntimeException> failure) {
            super(xml);
            this.failure = failure;
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD
                    && getText() != null
                    && getText().contains("<!ENTITY")) {
                throw failure.apply(
                        place(getLocation())
                                + "the DOCTYPE declares entities; Tessera does not read entity declarations.",
                        null);
            }
            return event;
        }
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
