package dev.tessera.exchange;

import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Streaming XML output (Woodstox), and text made safe for XML 1.0. */
final class Xml {

    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private static final XMLOutputFactory FACTORY = new WstxOutputFactory();

    private Xml() {
    }

    static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
        return FACTORY.createXMLStreamWriter(out, "UTF-8");
    }

    /** Characters XML 1.0 cannot carry (stored text never has them; this keeps a file well-formed regardless). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
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
