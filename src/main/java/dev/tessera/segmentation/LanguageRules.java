package dev.tessera.segmentation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of one language, read from {@code /segmentation/common.txt} and {@code /segmentation/<lang>.txt}.
 * A file has sections ({@code [nonfinal]}, {@code [number]}, {@code [time]}, {@code [ambiguous]}, {@code [starters]},
 * {@code [ordinal-nouns]}, {@code [terminators]}) of entries separated by white space; abbreviations are written
 * lower case without their final full stop.
 */
final class LanguageRules {

    /** Abbreviations after which a sentence never ends: titles before names, "e.g.", "vs.". */
    private final Set<String> nonfinal = new HashSet<>();
    /** Abbreviations that stand before a number ("p. 5", "No. 3", "Dec. 31"). */
    private final Set<String> number = new HashSet<>();
    /** "a.m." and "p.m.": end a sentence before any capitalised word. */
    private final Set<String> time = new HashSet<>();
    /** Abbreviations that may end a sentence: they do when a usual sentence starter follows. */
    private final Set<String> ambiguous = new HashSet<>();
    /** Words that commonly start a sentence (pronouns, determiners, conjunctions...), lower case. */
    private final Set<String> starters = new HashSet<>();
    /** Words that make "12." before them an ordinal ("12. Juni"). */
    private final Set<String> ordinalNouns = new HashSet<>();
    /** Characters that end a sentence in this language beyond the Unicode ones (Greek ";", Armenian ":"). */
    private String terminators = "";

    private LanguageRules() {}

    /** The primary language subtag of a BCP 47 tag, lower case; "und" when there is none. */
    static String baseLanguage(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return "und";
        }
        String language =
                Locale.forLanguageTag(languageTag.strip().replace('_', '-')).getLanguage();
        return language.matches("[a-z]{2,8}") ? language : "und";
    }

    static LanguageRules load(String language) {
        LanguageRules rules = new LanguageRules();
        rules.read("common");
        rules.read(language);
        return rules;
    }

    /** These rules with more abbreviations after which a sentence never ends (lower case, no final full stop). */
    LanguageRules withNonfinal(Collection<String> abbreviations) {
        LanguageRules copy = new LanguageRules();
        copy.nonfinal.addAll(nonfinal);
        copy.number.addAll(number);
        copy.time.addAll(time);
        copy.ambiguous.addAll(ambiguous);
        copy.starters.addAll(starters);
        copy.ordinalNouns.addAll(ordinalNouns);
        copy.terminators = terminators;
        abbreviations.forEach(a -> copy.nonfinal.add(a.toLowerCase(Locale.ROOT)));
        copy.ambiguous.removeAll(copy.nonfinal);
        return copy;
    }

    boolean isNonfinal(String abbreviation) {
        return nonfinal.contains(abbreviation);
    }

    boolean takesNumber(String abbreviation) {
        return number.contains(abbreviation);
    }

    boolean isTime(String abbreviation) {
        return time.contains(abbreviation);
    }

    boolean isAmbiguous(String abbreviation) {
        return ambiguous.contains(abbreviation);
    }

    boolean isStarter(String lowerCaseWord) {
        return starters.contains(lowerCaseWord);
    }

    boolean isOrdinalNoun(String lowerCaseWord) {
        return ordinalNouns.contains(lowerCaseWord);
    }

    boolean isExtraTerminator(char c) {
        return terminators.indexOf(c) >= 0;
    }

    boolean hasExtraTerminators() {
        return !terminators.isEmpty();
    }

    private void read(String name) {
        InputStream in = LanguageRules.class.getResourceAsStream("/segmentation/" + name + ".txt");
        if (in == null) {
            return;
        }
        Map<String, Set<String>> sections = new HashMap<>();
        sections.put("nonfinal", nonfinal);
        sections.put("number", number);
        sections.put("time", time);
        sections.put("ambiguous", ambiguous);
        sections.put("starters", starters);
        sections.put("ordinal-nouns", ordinalNouns);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String section = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                    if (!section.equals("terminators") && !sections.containsKey(section)) {
                        throw new IllegalStateException("Unknown section " + line + " in segmentation/" + name);
                    }
                    continue;
                }
                if (section == null) {
                    throw new IllegalStateException("Entry before any section in segmentation/" + name);
                }
                for (String entry : line.split("\\s+")) {
                    if (section.equals("terminators")) {
                        terminators += entry;
                    } else {
                        sections.get(section).add(entry.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read segmentation/" + name + ".txt", e);
        }
    }
}
