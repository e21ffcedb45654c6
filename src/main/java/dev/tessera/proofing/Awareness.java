package dev.tessera.proofing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What Tessera knows that a checker of the target language does not: the words that stand as-is in the source
 * (names, acronyms, numbers with units, URLs, codes), the glossary's terms of the target locale and its
 * do-not-translate terms, the project's dictionary, and whether the source is a fragment starting in lower case.
 * Plain and immutable; one per segment.
 */
final class Awareness {

    private record Span(int start, int end) {}

    private final String source;
    private final String target;
    private final List<Span> vouched = new ArrayList<>();
    private final boolean fragment;

    /**
     * @param terms the glossary's terms in the target locale and its do-not-translate terms, matched in the target
     *     regardless of case
     * @param dictionary the project's words for the locale; one written in lower case is accepted in any case
     */
    Awareness(String source, String target, Collection<String> terms, Collection<String> dictionary) {
        this.source = source;
        this.target = target;
        for (String term : terms) {
            mark(term, false);
        }
        for (String word : dictionary) {
            mark(word, !word.equals(word.toLowerCase(Locale.ROOT)));
        }
        this.fragment = startsInLowerCase(source);
    }

    /** Whether the span of the target is a word the source, the glossary or the dictionary vouches for. */
    boolean vouchesSpelling(int start, int end) {
        if (standsInSource(target.substring(start, end))) {
            return true;
        }
        for (Span span : vouched) {
            if (span.start() <= start && end <= span.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the span holds a name the source vouches for (a word with a capital or a digit that stands as-is in
     * the source): a grammar rule that reads "du MERS" as a plural of "mer", or wants "de l'Hubei", is misled by it.
     */
    boolean holdsSourceName(int start, int end) {
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetterOrDigit(target.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < end && (Character.isLetterOrDigit(target.charAt(i)) || target.charAt(i) == '-')) {
                i++;
            }
            String word = target.substring(from, i);
            if (word.length() > 1 && nameLike(word) && standsInSource(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the source starts in lower case (a fragment, a list item going on with a sentence). */
    boolean sourceIsFragment() {
        return fragment;
    }

    /** Whether the span is where the target's text starts (nothing but codes, spaces or punctuation before it). */
    boolean atTargetStart(int start) {
        for (int i = 0; i < start; i++) {
            if (Character.isLetterOrDigit(target.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean standsInSource(String word) {
        if (word.isBlank()) {
            return false;
        }
        for (int at = source.indexOf(word); at >= 0; at = source.indexOf(word, at + 1)) {
            if (bounded(source, at, at + word.length())) {
                return true;
            }
        }
        return false;
    }

    private void mark(String phrase, boolean caseSensitive) {
        if (phrase.isBlank()) {
            return;
        }
        String haystack = caseSensitive ? target : target.toLowerCase(Locale.ROOT);
        String needle = caseSensitive ? phrase : phrase.toLowerCase(Locale.ROOT);
        if (haystack.length() != target.length() || needle.isEmpty()) {
            return;
        }
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            if (bounded(target, at, at + needle.length())) {
                vouched.add(new Span(at, at + needle.length()));
            }
        }
    }

    private static boolean bounded(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean nameLike(String word) {
        return word.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static boolean startsInLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }
}
