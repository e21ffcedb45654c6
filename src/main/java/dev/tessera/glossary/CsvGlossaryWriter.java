package dev.tessera.glossary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes concepts as a wide CSV glossary that {@link CsvGlossaryReader} reads back to the same concepts, terms and
 * statuses: a header {@code id, <locale>..., status, definition, note, domain, doNotTranslate}
 * and, when a concept has a first-use rule, {@code firstUse}; a concept's first
 * row holds its description and its first PREFERRED term of each locale, and further rows with the same {@code id}
 * hold its other terms, one per locale and row, grouped by status. RFC 4180 (CRLF, fields quoted when they hold a
 * comma, a quote or a line break), UTF-8 without a BOM. Part of speech and case sensitivity are not written (TBX
 * keeps them; case sensitivity is automatic again on reading); a concept none of whose terms in the first column's
 * locale is PREFERRED and that has no term in any other locale cannot be written losslessly (the first column of a
 * concept's first row reads as PREFERRED).
 */
public final class CsvGlossaryWriter {

    private CsvGlossaryWriter() {}

    public static byte[] write(List<ConceptView> concepts) {
        List<String> locales = locales(concepts);
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add("id");
        header.addAll(locales);
        header.addAll(List.of("status", "definition", "note", "domain", "doNotTranslate"));
        boolean firstUse = concepts.stream().anyMatch(c -> c.firstUse() != null);
        if (firstUse) {
            header.add("firstUse");
        }
        line(csv, header);
        for (ConceptView concept : concepts) {
            concept(csv, concept, locales, firstUse);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every locale of the concepts, in the order they first appear. */
    private static List<String> locales(List<ConceptView> concepts) {
        Set<String> locales = new LinkedHashSet<>();
        concepts.forEach(c -> c.terms().forEach(t -> locales.add(t.locale())));
        return List.copyOf(locales);
    }

    private static void concept(StringBuilder csv, ConceptView concept, List<String> locales, boolean firstUse) {
        String id = concept.externalId() != null ? concept.externalId() : "c" + concept.id();
        Map<TermStatus, Map<String, List<String>>> left = new EnumMap<>(TermStatus.class);
        for (TermView term : concept.terms()) {
            left.computeIfAbsent(term.status(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(term.locale(), l -> new ArrayList<>())
                    .add(term.text());
        }
        boolean firstRow = true;
        for (TermStatus status : TermStatus.values()) {
            Map<String, List<String>> terms = left.getOrDefault(status, Map.of());
            while (terms.values().stream().anyMatch(list -> !list.isEmpty())) {
                List<String> row = new ArrayList<>();
                row.add(id);
                boolean any = false;
                for (int i = 0; i < locales.size(); i++) {
                    List<String> texts = terms.getOrDefault(locales.get(i), List.of());
                    // The first column of a concept's first row always reads as PREFERRED.
                    boolean usable = !texts.isEmpty()
                            && !(firstRow
                                    && i == 0
                                    && status != TermStatus.PREFERRED
                                    && hasOtherLocale(terms, locales.getFirst()));
                    row.add(usable ? texts.removeFirst() : "");
                    any |= usable;
                }
                if (!any) {
                    break;
                }
                row.add(status.name());
                if (firstRow) {
                    row.addAll(List.of(
                            text(concept.definition()),
                            text(concept.note()),
                            text(concept.domain()),
                            concept.doNotTranslate() ? "yes" : ""));
                    if (firstUse) {
                        row.add(
                                concept.firstUse() == null
                                        ? ""
                                        : concept.firstUse().name());
                    }
                    firstRow = false;
                } else {
                    row.addAll(List.of("", "", "", ""));
                    if (firstUse) {
                        row.add("");
                    }
                }
                line(csv, row);
            }
        }
    }

    private static boolean hasOtherLocale(Map<String, List<String>> terms, String firstLocale) {
        return terms.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(firstLocale) && !e.getValue().isEmpty());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180: quoted (with inner quotes doubled) when it holds a comma, a quote or a line break. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
