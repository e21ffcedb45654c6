package dev.tessera.glossary;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.Locales;
import dev.tessera.shared.SecureXml;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TBX-Basic in the TBX v2 {@code martif} form ({@code termEntry}/{@code langSet}/{@code tig} or
 * {@code ntig}) and the TBX v3 {@code tbx} form ({@code conceptEntry}/{@code langSec}/{@code termSec}, with
 * {@code termNote}/{@code descrip} data categories or their element forms). A DOCTYPE is passed over and never
 * fetched; a file that declares entities, or uses one it does not declare, is refused.
 */
public final class TbxReader {

    private TbxReader() {}

    public static GlossaryFile read(InputStream in) {
        return SecureXml.parse(in, xml -> new Parse(xml).run(), GlossaryFormatException::new);
    }

    /** One pass over one file. */
    private static final class Parse {

        private final XMLStreamReader xml;
        private final List<ParsedConcept> concepts = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        private String conceptId;
        private String definition;
        private String conceptNote;
        private String domain;
        private boolean doNotTranslate;
        private FirstUse firstUse;
        private List<ParsedTerm> terms;
        private String locale;
        private boolean skipLocale;
        private boolean inTerm;
        private String termText;
        private String status;
        private String partOfSpeech;
        private String termNote;
        private Boolean caseSensitive;

        Parse(XMLStreamReader xml) {
            this.xml = xml;
        }

        GlossaryFile run() throws XMLStreamException {
            boolean rootSeen = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (!rootSeen) {
                        rootSeen = true;
                        if (!name.equals("martif") && !name.equals("tbx")) {
                            throw new GlossaryFormatException(
                                    SecureXml.place(xml.getLocation()) + "this is not TBX: the root" + " element is <"
                                            + name + ">, not <martif> (TBX v2) or <tbx> (TBX v3).");
                        }
                        continue;
                    }
                    start(name);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(xml.getLocalName());
                }
            }
            if (!rootSeen) {
                throw new GlossaryFormatException("The file has no root element.");
            }
            return new GlossaryFile(concepts, warnings);
        }

        private void start(String name) throws XMLStreamException {
            switch (name) {
                case "termEntry", "conceptEntry" -> {
                    conceptId = blankToNull(xml.getAttributeValue(null, "id"));
                    definition = null;
                    conceptNote = null;
                    domain = null;
                    doNotTranslate = false;
                    firstUse = null;
                    terms = new ArrayList<>();
                }
                case "langSet", "langSec" -> startLocale();
                case "tig", "ntig", "termSec" -> {
                    inTerm = true;
                    termText = null;
                    status = null;
                    partOfSpeech = null;
                    termNote = null;
                    caseSensitive = null;
                }
                case "term" -> termText = text();
                case "termNote" -> termNote(xml.getAttributeValue(null, "type"), text());
                case "transferComment" -> descrip("transferComment", text());
                case "administrativeStatus", "normativeAuthorization" -> status = text();
                case "partOfSpeech" -> partOfSpeech = text();
                case "descrip" -> descrip(xml.getAttributeValue(null, "type"), text());
                case "definition" -> definition = firstOf(definition, text());
                case "subjectField" -> domain = firstOf(domain, text());
                case "note" -> note(text());
                default -> {}
            }
        }

        private void startLocale() {
            String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            skipLocale = false;
            try {
                locale = Locales.canonical(lang == null ? "" : lang);
            } catch (ApiException e) {
                skipLocale = true;
                warnings.add(SecureXml.place(xml.getLocation()) + "a language section with the locale \"" + lang
                        + "\" was passed over: " + e.getMessage());
            }
        }

        private void end(String name) {
            switch (name) {
                case "tig", "ntig", "termSec" -> endTerm();
                case "termEntry", "conceptEntry" -> endConcept();
                default -> {}
            }
        }

        private void endTerm() {
            inTerm = false;
            if (terms == null || skipLocale) {
                return;
            }
            if (termText == null || termText.isBlank()) {
                warnings.add(SecureXml.place(xml.getLocation()) + "a term without text was passed over.");
                return;
            }
            terms.add(new ParsedTerm(
                    locale, termText.strip(), status(status), blankToNull(partOfSpeech), termNote, caseSensitive));
        }

        private void endConcept() {
            if (terms == null) {
                return;
            }
            if (terms.isEmpty()) {
                warnings.add(SecureXml.place(xml.getLocation()) + "concept "
                        + (conceptId == null ? "without id" : conceptId) + " has no terms and was passed over.");
            } else {
                concepts.add(new ParsedConcept(
                        conceptId,
                        definition,
                        conceptNote,
                        domain,
                        withDefaultStatuses(terms),
                        doNotTranslate,
                        firstUse));
            }
            terms = null;
        }

        private void termNote(String type, String value) {
            if (type == null) {
                return;
            }
            switch (type) {
                case "administrativeStatus", "normativeAuthorization" -> status = value;
                case "partOfSpeech" -> partOfSpeech = value;
                case "transferComment" -> descrip(type, value);
                case TbxWriter.CASE_SENSITIVE -> caseSensitive = yesNo(value);
                default -> {}
            }
        }

        private void descrip(String type, String value) {
            if ("definition".equals(type)) {
                definition = firstOf(definition, value);
            } else if ("subjectField".equals(type)) {
                domain = firstOf(domain, value);
            } else if ("note".equals(type)) {
                note(value);
            } else if ("transferComment".equals(type)
                    && value != null
                    && value.toLowerCase(Locale.ROOT).contains("do not translate")) {
                doNotTranslate = true;
            } else if ("transferComment".equals(type) && FirstUse.read(value) != null) {
                firstUse = FirstUse.read(value);
            }
        }

        private void note(String value) {
            if (inTerm) {
                termNote = firstOf(termNote, value);
            } else {
                conceptNote = firstOf(conceptNote, value);
            }
        }

        private static Boolean yesNo(String value) {
            String key = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
            return switch (key) {
                case "yes", "true" -> Boolean.TRUE;
                case "no", "false" -> Boolean.FALSE;
                default -> null;
            };
        }

        private TermStatus status(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String key = value.strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("-admn-sts", "")
                    .replace("term", "");
            return switch (key) {
                case "preferred" -> TermStatus.PREFERRED;
                case "admitted" -> TermStatus.ADMITTED;
                case "deprecated", "superseded", "obsolete", "forbidden" -> TermStatus.FORBIDDEN;
                default -> {
                    warnings.add(SecureXml.place(xml.getLocation()) + "the status \"" + value
                            + "\" is unknown; the term's" + " place in its entry decides.");
                    yield null;
                }
            };
        }

        /** All the text inside the current element, markup inside it (such as {@code <hi>}) dropped. */
        private String text() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    text.append(xml.getText());
                }
            }
            return text.toString();
        }
    }

    /** Terms without a status: the first of its locale in the entry is PREFERRED, the others ADMITTED. */
    static List<ParsedTerm> withDefaultStatuses(List<ParsedTerm> terms) {
        Set<String> seen = new HashSet<>();
        List<ParsedTerm> resolved = new ArrayList<>();
        for (ParsedTerm term : terms) {
            boolean first = seen.add(term.locale());
            TermStatus status =
                    term.status() != null ? term.status() : first ? TermStatus.PREFERRED : TermStatus.ADMITTED;
            resolved.add(term.withStatus(status));
        }
        return resolved;
    }

    private static String firstOf(String existing, String value) {
        return existing != null ? existing : blankToNull(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
