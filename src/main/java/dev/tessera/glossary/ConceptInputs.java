package dev.tessera.glossary;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.Locales;
import dev.tessera.shared.UploadedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks a concept as an editor sends it, and turns it into what the entity takes; refuses with a 400 that says what. */
final class ConceptInputs {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_DOMAIN = 200;
    static final int MAX_PART_OF_SPEECH = 100;
    /** The shape of a concept, as a refusal shows it (a value of its screen text, whose braces would be syntax). */
    private static final String SHAPE = "{\"definition\", \"note\", \"domain\", \"doNotTranslate\", \"firstUse\","
            + " \"terms\": [{\"locale\", \"text\", \"status\", \"caseSensitive\", \"partOfSpeech\"}]}";

    private ConceptInputs() {}

    /**
     * @param notes the notes of the concept's current terms by {@link #key}, kept for the terms the input keeps
     */
    static ParsedConcept checked(ConceptInput input, Map<String, String> notes) {
        if (input == null) {
            throw ApiException.validation("Send the concept: " + SHAPE + ".").text("glossary.concept-missing", SHAPE);
        }
        String definition = optional(input.definition(), MAX_DESCRIPTION, "The definition", "definition", "");
        String note = optional(input.note(), MAX_DESCRIPTION, "The note", "note", "");
        String domain = optional(input.domain(), MAX_DOMAIN, "The domain", "domain", "");
        if (input.terms() == null || input.terms().isEmpty()) {
            throw ApiException.validation("A concept needs at least one term.").text("glossary.concept-no-terms");
        }
        List<ParsedTerm> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.terms().size(); i++) {
            ConceptInput.TermInput term = input.terms().get(i);
            String what = "Term " + (i + 1);
            String number = String.valueOf(i + 1);
            if (term == null) {
                throw ApiException.validation(what + " is empty.").text("glossary.term-empty", number);
            }
            String locale;
            try {
                locale = Locales.canonical(term.locale());
            } catch (ApiException e) {
                throw ApiException.validation(what + ": " + e.getMessage())
                        .text("glossary.term-locale-invalid", number, e.getMessage());
            }
            String text = term.text() == null ? "" : term.text().strip();
            if (text.isEmpty()) {
                throw ApiException.validation(what + " (" + locale + ") has no text.")
                        .text("glossary.term-text-missing", number, locale);
            }
            if (text.length() > Term.MAX_TEXT) {
                throw ApiException.validation(what + " (" + locale + ") is " + text.length()
                                + " characters long; a term" + " has at most " + Term.MAX_TEXT + ".")
                        .text("glossary.term-too-long", number, locale, text.length(), Term.MAX_TEXT);
            }
            UploadedText.check(text, what + " (" + locale + ")");
            if (!seen.add(key(locale, text))) {
                throw ApiException.validation(what + ": \"" + text + "\" is in " + locale + " twice; keep one.")
                        .text("glossary.term-duplicate", number, text, locale);
            }
            terms.add(new ParsedTerm(
                    locale,
                    text,
                    status(term.status(), what, number),
                    optional(
                            term.partOfSpeech(),
                            MAX_PART_OF_SPEECH,
                            what + "'s part of speech",
                            "partOfSpeech",
                            number),
                    notes.get(key(locale, text)),
                    term.caseSensitive()));
        }
        return new ParsedConcept(
                null,
                definition,
                note,
                domain,
                terms,
                Boolean.TRUE.equals(input.doNotTranslate()),
                firstUse(input.firstUse()));
    }

    private static FirstUse firstUse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FirstUse.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(
                            "firstUse must be EXPAND, EXPAND_WITH_SHORT or absent, not \"" + value + "\".")
                    .text("glossary.first-use-invalid", value);
        }
    }

    /** How a term is known within its concept: its locale and text. */
    static String key(String locale, String text) {
        return locale + "\n" + text;
    }

    /** @param number the term's position in the concept, counted from 1 */
    private static TermStatus status(String value, String what, String number) {
        if (value == null || value.isBlank()) {
            return TermStatus.PREFERRED;
        }
        try {
            return TermStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(
                            what + ": the status \"" + value + "\" is not PREFERRED, ADMITTED or FORBIDDEN.")
                    .text("glossary.term-status-invalid", number, value);
        }
    }

    /**
     * @param field which text it is, for the screens: definition, note, domain or partOfSpeech
     * @param number the position of the term whose part of speech it is, else empty
     */
    private static String optional(String value, int max, String what, String field, String number) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw ApiException.validation(what + " is " + text.length() + " characters long; at most " + max + ".")
                    .text("glossary.text-too-long", field, number, text.length(), max);
        }
        UploadedText.check(text, what);
        return text;
    }
}
