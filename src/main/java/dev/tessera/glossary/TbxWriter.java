package dev.tessera.glossary;

import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes concepts as TBX-Basic: the TBX v2 {@code martif} form by default, the TBX v3 {@code tbx} form on request.
 * What {@link TbxReader} reads back gives the same concepts, terms and statuses.
 */
public final class TbxWriter {

    public enum Version {
        V2,
        V3
    }

    /**
     * A Tessera term note for a case sensitivity that differs from the automatic one (all-caps acronyms are
     * case-sensitive, other terms not); written only then, so that ordinary files stay plain TBX-Basic.
     */
    static final String CASE_SENSITIVE = "x-tessera-caseSensitive";

    private static final XMLOutputFactory FACTORY = new WstxOutputFactory();

    private TbxWriter() {}

    public static void write(String glossaryName, List<ConceptView> concepts, Version version, OutputStream out) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            boolean v3 = version == Version.V3;
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(v3 ? "tbx" : "martif");
            if (v3) {
                xml.writeDefaultNamespace("urn:iso:std:iso:30042:ed-2");
                xml.writeAttribute("style", "dca");
            }
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
            xml.writeStartElement(v3 ? "tbxHeader" : "martifHeader");
            xml.writeStartElement("fileDesc");
            xml.writeStartElement("sourceDesc");
            element(xml, "p", "Exported from Tessera: " + glossaryName);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("text");
            xml.writeStartElement("body");
            for (ConceptView concept : concepts) {
                concept(xml, concept, v3);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The TBX could not be written: " + e.getMessage(), e);
        }
    }

    private static void concept(XMLStreamWriter xml, ConceptView concept, boolean v3) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement(v3 ? "conceptEntry" : "termEntry");
        xml.writeAttribute("id", concept.externalId() != null ? concept.externalId() : "c" + concept.id());
        descrip(xml, "definition", concept.definition());
        descrip(xml, "subjectField", concept.domain());
        if (concept.doNotTranslate()) {
            descrip(xml, "transferComment", "do not translate");
        }
        if (concept.firstUse() != null) {
            descrip(xml, "transferComment", concept.firstUse().transferComment());
        }
        if (concept.note() != null) {
            element(xml, "note", concept.note());
        }
        Map<String, List<TermView>> byLocale = new LinkedHashMap<>();
        for (TermView term : concept.terms()) {
            byLocale.computeIfAbsent(term.locale(), l -> new java.util.ArrayList<>())
                    .add(term);
        }
        for (Map.Entry<String, List<TermView>> locale : byLocale.entrySet()) {
            xml.writeStartElement(v3 ? "langSec" : "langSet");
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", locale.getKey());
            for (TermView term : locale.getValue()) {
                xml.writeStartElement(v3 ? "termSec" : "tig");
                element(xml, "term", term.text());
                if (term.partOfSpeech() != null) {
                    termNote(xml, "partOfSpeech", term.partOfSpeech());
                }
                termNote(
                        xml,
                        "administrativeStatus",
                        switch (term.status()) {
                            case PREFERRED -> "preferredTerm-admn-sts";
                            case ADMITTED -> "admittedTerm-admn-sts";
                            case FORBIDDEN -> "deprecatedTerm-admn-sts";
                        });
                if (term.caseSensitive() != Term.isAcronym(term.text())) {
                    termNote(xml, CASE_SENSITIVE, term.caseSensitive() ? "yes" : "no");
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void descrip(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement("descrip");
            xml.writeAttribute("type", type);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
    }

    private static void termNote(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        xml.writeStartElement("termNote");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
