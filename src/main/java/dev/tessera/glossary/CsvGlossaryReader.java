package dev.tessera.glossary;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.Locales;
import dev.tessera.shared.Subject;
import dev.tessera.shared.UploadedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV glossary (RFC 4180: commas, double quotes, a header row) in one of two shapes:
 * <ul>
 * <li>long bilingual: {@code sourceLang, targetLang, sourceString, targetString} and optionally {@code pos},
 * {@code description} and an id column ({@code id} or {@code stringID}); a row is a concept with one term in
 * each language;</li>
 * <li>wide: a column per locale ({@code en, zh-Hans, ur}) and optionally {@code id}, {@code status},
 * {@code definition}, {@code note}, {@code domain}, {@code doNotTranslate} and {@code firstUse} (EXPAND or
 * EXPAND_WITH_SHORT, see {@link FirstUse}); a row is a concept, a cell a term,
 * and {@code status} applies to the row's non-first-column terms. A row with the {@code id} of an earlier row
 * continues that concept: its terms are added (one the concept has already, same locale and text, is passed over),
 * its {@code status} applies to all of them, the first column's too, and its description cells fill only what
 * is still empty. {@link CsvGlossaryWriter} writes this shape.</li>
 * </ul>
 */
public final class CsvGlossaryReader {

    private static final List<String> LONG = List.of("sourcelang", "targetlang", "sourcestring", "targetstring");
    private static final List<String> WIDE_COLUMNS =
            List.of("id", "status", "definition", "note", "domain", "donottranslate", "firstuse");

    private CsvGlossaryReader() {}

    public static GlossaryFile read(String text) {
        return read(text, ',');
    }

    /** Reads a glossary with a header row, its fields separated by the delimiter (a comma, or a tab: no quoting). */
    public static GlossaryFile read(String text, char delimiter) {
        List<List<String>> rows = Csv.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, delimiter);
        if (rows.isEmpty() || rows.getFirst().stream().allMatch(String::isBlank)) {
            throw new GlossaryFormatException("The CSV file is empty: it needs a header row and a row per concept.");
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = rows.getFirst();
        for (int i = 0; i < names.size(); i++) {
            header.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return header.keySet().containsAll(LONG) ? readLong(rows, header) : readWide(rows, names, header);
    }

    /**
     * Reads a bilingual list without a header, as OmegaT and many scripts write it: {@code source, target} and an
     * optional comment per row; blank rows and rows starting with {@code #} are passed over. Each row is a concept.
     */
    public static GlossaryFile readList(String text, char delimiter, String sourceLocale, String targetLocale) {
        List<List<String>> rows = Csv.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, delimiter);
        List<ParsedConcept> concepts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)
                    || row.getFirst().stripLeading().startsWith("#")) {
                continue;
            }
            String source = row.getFirst().strip();
            String target = row.size() > 1 ? row.get(1).strip() : "";
            if (source.isEmpty() || target.isEmpty()) {
                warnings.add("Line " + (r + 1) + ": the row lacks a source or a target term; passed over.");
                continue;
            }
            String comment =
                    row.size() > 2 && !row.get(2).isBlank() ? row.get(2).strip() : null;
            concepts.add(new ParsedConcept(
                    null,
                    comment,
                    null,
                    null,
                    List.of(
                            new ParsedTerm(sourceLocale, source, TermStatus.PREFERRED, null, null),
                            new ParsedTerm(targetLocale, target, TermStatus.PREFERRED, null, null))));
        }
        if (concepts.isEmpty()) {
            throw new GlossaryFormatException("The list holds no row with a source and a target term.");
        }
        return new GlossaryFile(concepts, warnings);
    }

    /** UTF-8, or UTF-16 when the file starts with its byte order mark (as OmegaT writes some glossaries). */
    public static String decode(byte[] bytes) {
        boolean utf16 = bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (!utf16) {
            return UploadedText.decode(bytes);
        }
        java.nio.charset.Charset charset = bytes[0] == (byte) 0xFF
                ? java.nio.charset.StandardCharsets.UTF_16LE
                : java.nio.charset.StandardCharsets.UTF_16BE;
        try {
            String text = charset.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes, 2, bytes.length - 2))
                    .toString();
            UploadedText.check(text, Subject.TEXT);
            return text;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ApiException.validation("The text is not valid UTF-16 after its byte order mark.")
                    .text("glossary.utf16-invalid");
        }
    }

    private static GlossaryFile readLong(List<List<String>> rows, Map<String, Integer> header) {
        List<ParsedConcept> concepts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String source = cell(row, header, "sourcestring");
            String target = cell(row, header, "targetstring");
            String sourceLocale = locale(cell(row, header, "sourcelang"), r, warnings);
            String targetLocale = locale(cell(row, header, "targetlang"), r, warnings);
            if (source == null || target == null || sourceLocale == null || targetLocale == null) {
                warnings.add("Line " + (r + 1) + ": the row lacks a source or target string or locale; passed over.");
                continue;
            }
            String pos = cell(row, header, "pos");
            String id = cell(row, header, "id") != null ? cell(row, header, "id") : cell(row, header, "stringid");
            concepts.add(new ParsedConcept(
                    id,
                    cell(row, header, "description"),
                    null,
                    null,
                    List.of(
                            new ParsedTerm(sourceLocale, source, TermStatus.PREFERRED, pos, null),
                            new ParsedTerm(targetLocale, target, TermStatus.PREFERRED, pos, null))));
        }
        return new GlossaryFile(concepts, warnings);
    }

    private static GlossaryFile readWide(List<List<String>> rows, List<String> names, Map<String, Integer> header) {
        Map<Integer, String> localeColumns = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (WIDE_COLUMNS.contains(name.toLowerCase(Locale.ROOT)) || name.isEmpty()) {
                continue;
            }
            try {
                localeColumns.put(i, Locales.canonical(name));
            } catch (ApiException e) {
                throw new GlossaryFormatException("Line 1, column " + (i + 1) + ": \"" + name + "\" is neither a locale"
                        + " nor one of id, status, definition, note, domain, doNotTranslate, firstUse; for the bilingual shape the"
                        + " header needs sourceLang, targetLang, sourceString and targetString.");
            }
        }
        if (localeColumns.isEmpty()) {
            throw new GlossaryFormatException("Line 1: the header names no locale column.");
        }
        List<ParsedConcept> concepts = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String id = cell(row, header, "id");
            Integer continued = id == null ? null : byId.get(id);
            TermStatus status = status(cell(row, header, "status"), r, warnings);
            List<ParsedTerm> terms = new ArrayList<>();
            boolean first = continued == null;
            for (Map.Entry<Integer, String> column : localeColumns.entrySet()) {
                String value =
                        column.getKey() < row.size() ? row.get(column.getKey()).strip() : "";
                if (!value.isEmpty()) {
                    terms.add(new ParsedTerm(
                            column.getValue(),
                            value,
                            first || status == null ? TermStatus.PREFERRED : status,
                            null,
                            null));
                }
                first = false;
            }
            if (terms.isEmpty()) {
                if (!row.stream().allMatch(String::isBlank)) {
                    warnings.add("Line " + (r + 1) + ": no term in any locale column; passed over.");
                }
                continue;
            }
            ParsedConcept concept = new ParsedConcept(
                    id,
                    cell(row, header, "definition"),
                    cell(row, header, "note"),
                    cell(row, header, "domain"),
                    terms,
                    yes(cell(row, header, "donottranslate")),
                    FirstUse.read(cell(row, header, "firstuse")));
            if (continued == null) {
                if (id != null) {
                    byId.put(id, concepts.size());
                }
                concepts.add(concept);
            } else {
                concepts.set(continued, merged(concepts.get(continued), concept));
            }
        }
        return new GlossaryFile(concepts, warnings);
    }

    /** The concept with a continuation row's terms added and its description filling what is still empty. */
    private static ParsedConcept merged(ParsedConcept concept, ParsedConcept more) {
        List<ParsedTerm> terms = new ArrayList<>(concept.terms());
        for (ParsedTerm term : more.terms()) {
            if (terms.stream()
                    .noneMatch(t -> t.locale().equals(term.locale()) && t.text().equals(term.text()))) {
                terms.add(term);
            }
        }
        return new ParsedConcept(
                concept.id(),
                first(concept.definition(), more.definition()),
                first(concept.note(), more.note()),
                first(concept.domain(), more.domain()),
                terms,
                concept.doNotTranslate() || more.doNotTranslate(),
                concept.firstUse() != null ? concept.firstUse() : more.firstUse());
    }

    private static String first(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    private static boolean yes(String value) {
        return value != null && List.of("yes", "true", "1", "x").contains(value.toLowerCase(Locale.ROOT));
    }

    private static TermStatus status(String value, int row, List<String> warnings) {
        if (value == null) {
            return null;
        }
        try {
            return TermStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            warnings.add("Line " + (row + 1) + ": the status \"" + value + "\" is not PREFERRED, ADMITTED or FORBIDDEN;"
                    + " the row's terms are PREFERRED.");
            return null;
        }
    }

    private static String locale(String value, int row, List<String> warnings) {
        if (value == null) {
            return null;
        }
        try {
            return Locales.canonical(value);
        } catch (ApiException e) {
            warnings.add("Line " + (row + 1) + ": " + e.getMessage());
            return null;
        }
    }

    private static String cell(List<String> row, Map<String, Integer> header, String name) {
        Integer index = header.get(name);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** RFC 4180 rows: fields separated by commas, quoted with double quotes (doubled inside), CRLF or LF. */
    static final class Csv {

        private Csv() {}

        static List<List<String>> parse(String text) {
            return parse(text, ',');
        }

        /** With a comma, RFC 4180 quoting; with any other delimiter (a tab), quotes are text. */
        static List<List<String>> parse(String text, char delimiter) {
            boolean quoting = delimiter == ',';
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int line = 1;
            int quoteLine = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (quoting && c == '"' && field.isEmpty()) {
                    quoted = true;
                    quoteLine = line;
                } else if (c == delimiter) {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    line++;
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new GlossaryFormatException("Line " + quoteLine + ": a quoted field is never closed.");
            }
            if (!field.isEmpty() || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
