package dev.tessera.memory;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.Locales;
import dev.tessera.shared.SecureXml;
import dev.tessera.shared.TmxHeader;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads TMX 1.1 to 1.4b: the header's source language and every translation unit with its variants by canonical
 * locale ({@code xml:lang}, or {@code lang} before 1.4), its creation and change users and dates, and its
 * {@code prop}s. Inline {@code bpt}/{@code ept} pairs and {@code hi} become paired code markers, {@code ph},
 * {@code it} and {@code ut} standalone ones, each code kept whole so it can be written back. Never fetches anything;
 * a file that is not TMX, not well-formed or declares entities is refused with a message naming the place, and what
 * can be passed over (an unknown language, a bad date, an unpaired code) is passed over with a warning.
 */
public final class TmxReader {

    /** A TMX file refused as a whole. */
    public static final class TmxFormatException extends RuntimeException {
        TmxFormatException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * An inline code as the file wrote it: element, attributes and native content; a {@code bpt} also holds its
     * {@code ept}'s content as {@code endContent} (empty for every other code).
     */
    public record Code(String element, Map<String, String> attributes, String content, String endContent) {}

    /** One language's text of a unit, with code markers, and the codes by their index. */
    public record Variant(String locale, String text, List<Code> codes) {}

    /** A translation unit. */
    public record Unit(
            @Nullable String id,
            Map<String, Variant> variants,
            @Nullable String creationId,
            @Nullable Instant creationDate,
            @Nullable String changeId,
            @Nullable Instant changeDate,
            Map<String, String> props) {}

    /** The file: its source locale (null for {@code *all*}), units, and what was passed over. */
    public record TmxFile(@Nullable String sourceLocale, String version, List<Unit> units, List<String> warnings) {}

    private TmxReader() {}

    public static TmxFile read(InputStream in) {
        return SecureXml.parse(in, xml -> new Parse(xml).run(), TmxFormatException::new);
    }

    private static final class Parse {

        private final XMLStreamReader xml;
        private final List<Unit> units = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Parse(XMLStreamReader xml) {
            this.xml = xml;
        }

        TmxFile run() throws XMLStreamException {
            while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                // the prolog
            }
            if (!xml.isStartElement() || !xml.getLocalName().equals("tmx")) {
                throw refuse("this is not TMX: the root element must be <tmx>");
            }
            String version = attribute("version");
            String sourceLocale = null;
            boolean header = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "header" -> {
                        header = true;
                        String srclang = attribute("srclang");
                        if (srclang == null || srclang.isBlank()) {
                            throw refuse("the header has no srclang; name the source language");
                        }
                        sourceLocale = srclang.equalsIgnoreCase("*all*") ? null : locale(srclang, true);
                    }
                    case "tu" -> {
                        if (!header) {
                            throw refuse("a <tu> comes before the <header>");
                        }
                        unit();
                    }
                    default -> {
                        // body and what the header holds: nothing to keep
                    }
                }
            }
            if (!header) {
                throw refuse("the file has no <header>");
            }
            return new TmxFile(sourceLocale, version == null ? "" : version, List.copyOf(units), List.copyOf(warnings));
        }

        private void unit() throws XMLStreamException {
            String id = attribute("tuid");
            String creationId = attribute("creationid");
            Instant creationDate = date(attribute("creationdate"));
            String changeId = attribute("changeid");
            Instant changeDate = date(attribute("changedate"));
            Map<String, String> props = new LinkedHashMap<>();
            Map<String, Variant> variants = new LinkedHashMap<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("tu")) {
                    break;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "prop" -> {
                        String type = attribute("type");
                        props.put(type == null ? "" : type, xml.getElementText());
                    }
                    case "tuv" -> {
                        Variant variant = variant();
                        if (variant != null) {
                            variants.putIfAbsent(variant.locale(), variant);
                        }
                    }
                    default -> {
                        // notes and unknown elements inside the unit are passed over
                    }
                }
            }
            if (variants.isEmpty()) {
                warnings.add(place() + "a unit without a usable <tuv> was passed over.");
                return;
            }
            units.add(new Unit(id, variants, creationId, creationDate, changeId, changeDate, props));
        }

        private @Nullable Variant variant() throws XMLStreamException {
            String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            if (lang == null) {
                lang = attribute("lang");
            }
            String locale = lang == null ? null : locale(lang, false);
            Variant variant = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("tuv")) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("seg")
                        && locale != null) {
                    variant = segment(locale);
                }
            }
            if (lang == null) {
                warnings.add(place() + "a <tuv> without xml:lang was passed over.");
            }
            return variant;
        }

        /** The segment's text with code markers, read up to its end tag. */
        private Variant segment(String locale) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            List<Code> codes = new ArrayList<>();
            Map<String, Integer> open = new HashMap<>();
            List<Integer> highlights = new ArrayList<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("seg")) {
                        break;
                    }
                    if (xml.getLocalName().equals("hi") && !highlights.isEmpty()) {
                        text.append(CodeMarkers.marker(CodeMarkers.Kind.CLOSE, highlights.removeLast()));
                    }
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (codes.size() >= CodeMarkers.MAX_CODES) {
                        throw refuse("a segment holds more than " + CodeMarkers.MAX_CODES + " inline codes");
                    }
                    switch (element) {
                        case "bpt" -> {
                            String i = attribute("i");
                            int index = code(codes, element);
                            if (i != null) {
                                open.put(i, index);
                            }
                            text.append(CodeMarkers.marker(CodeMarkers.Kind.OPEN, index));
                        }
                        case "ept" -> {
                            Integer index = open.remove(String.valueOf(attribute("i")));
                            if (index == null) {
                                warnings.add(place() + "an <ept> without its <bpt> is kept as a standalone code.");
                                text.append(CodeMarkers.marker(CodeMarkers.Kind.STANDALONE, code(codes, element)));
                            } else {
                                Code begin = codes.get(index);
                                codes.set(
                                        index,
                                        new Code(begin.element(), begin.attributes(), begin.content(), content()));
                                text.append(CodeMarkers.marker(CodeMarkers.Kind.CLOSE, index));
                            }
                        }
                        case "hi" -> {
                            int index = codes.size();
                            codes.add(new Code(element, attributes(), "", ""));
                            highlights.add(index);
                            text.append(CodeMarkers.marker(CodeMarkers.Kind.OPEN, index));
                        }
                        default -> text.append(CodeMarkers.marker(CodeMarkers.Kind.STANDALONE, code(codes, element)));
                    }
                }
            }
            return new Variant(locale, text.toString(), List.copyOf(codes));
        }

        /** Keeps the code element (its attributes and native content, read to its end) and answers its index. */
        private int code(List<Code> codes, String element) throws XMLStreamException {
            int index = codes.size();
            Map<String, String> attributes = attributes();
            codes.add(new Code(element, attributes, content(), ""));
            return index;
        }

        /** The text inside a code element, sub-elements' text included, up to its end tag. */
        private String content() throws XMLStreamException {
            StringBuilder content = new StringBuilder();
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    content.append(xml.getText());
                }
            }
            return content.toString();
        }

        private Map<String, String> attributes() {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            }
            return attributes;
        }

        private @Nullable String locale(String tag, boolean required) {
            try {
                return Locales.canonical(tag);
            } catch (ApiException e) {
                if (required) {
                    throw refuse("the source language \"" + tag + "\" is not a known locale");
                }
                warnings.add(place() + "a <tuv> in the unknown language \"" + tag + "\" was passed over.");
                return null;
            }
        }

        private @Nullable Instant date(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Instant.from(TmxHeader.DATE.parse(value.strip()));
            } catch (DateTimeParseException e) {
                warnings.add(place() + "the date \"" + value + "\" is not YYYYMMDDThhmmssZ and was passed over.");
                return null;
            }
        }

        private @Nullable String attribute(String name) {
            return xml.getAttributeValue(null, name);
        }

        private String place() {
            return SecureXml.place(xml.getLocation());
        }

        private TmxFormatException refuse(String message) {
            return new TmxFormatException(place() + message + ".", null);
        }
    }
}
