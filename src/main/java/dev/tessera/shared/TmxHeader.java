package dev.tessera.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** How every TMX file Tessera writes begins, and TMX's date format ({@code 20240102T030405Z}, UTC). */
public final class TmxHeader {

    public static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private TmxHeader() {}

    /** The DOCTYPE naming TMX 1.4b's DTD, {@code <tmx version="1.4">}, the header, and an open {@code <body>}. */
    public static void begin(XMLStreamWriter xml, String sourceLocale, Instant now) throws XMLStreamException {
        xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
        xml.writeCharacters("\n");
        xml.writeStartElement("tmx");
        xml.writeAttribute("version", "1.4");
        xml.writeEmptyElement("header");
        xml.writeAttribute("creationtool", "Tessera");
        xml.writeAttribute("creationtoolversion", "1");
        xml.writeAttribute("segtype", "sentence");
        xml.writeAttribute("o-tmf", "Tessera");
        xml.writeAttribute("adminlang", "en");
        xml.writeAttribute("srclang", sourceLocale);
        xml.writeAttribute("datatype", "plaintext");
        xml.writeAttribute("creationdate", DATE.format(now));
        xml.writeStartElement("body");
    }
}
