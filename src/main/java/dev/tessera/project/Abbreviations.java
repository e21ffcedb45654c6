package dev.tessera.project;

import dev.tessera.shared.ApiException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A project's own abbreviations, as the segmenter takes them: lower case, without the final full stop. */
final class Abbreviations {

    private static final Pattern ENTRY = Pattern.compile("\\p{L}[\\p{L}\\p{M}.'’-]{0,19}");
    /** A short capitalised word or dotted letters ending the text: "Amb.", "Gen.", "U.N.". */
    private static final Pattern ENDING = Pattern.compile("(?:^|\\s)(\\p{Lu}\\p{Ll}{0,4}\\.|\\p{L}(?:\\.\\p{L})+\\.)$");

    static final int MAX_ENTRIES = 300;

    private Abbreviations() {}

    /** The list as it is stored; 400 naming the first entry that is not an abbreviation. */
    static List<String> checked(List<String> given) {
        Set<String> kept = new LinkedHashSet<>();
        for (String entry : given) {
            String word = entry == null ? "" : entry.strip();
            if (word.endsWith(".")) {
                word = word.substring(0, word.length() - 1);
            }
            if (!ENTRY.matcher(word).matches()) {
                throw ApiException.validation("\"" + entry + "\" is not an abbreviation: letters (and inner full"
                                + " stops), at most 20, such as \"Amb.\".")
                        .text("project.abbreviation-invalid", String.valueOf(entry));
            }
            kept.add(word.toLowerCase(Locale.ROOT));
        }
        if (kept.size() > MAX_ENTRIES) {
            throw ApiException.validation("A project keeps at most " + MAX_ENTRIES + " abbreviations.")
                    .text("project.abbreviations-too-many", String.valueOf(MAX_ENTRIES));
        }
        return List.copyOf(kept);
    }

    /**
     * The abbreviation a segment ends with, as written, when a join suggests the segmenter broke after it; null when
     * it ends otherwise or the project knows that abbreviation already.
     */
    static String unknownEndingOf(String source, List<String> known) {
        Matcher ending = ENDING.matcher(source);
        if (!ending.find()) {
            return null;
        }
        String written = ending.group(1);
        String stored = written.substring(0, written.length() - 1).toLowerCase(Locale.ROOT);
        return known.contains(stored) ? null : written;
    }
}
