package dev.tessera.proofing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Tessera knows that a checker of the target language does not: the words that stand as-is in the source
 * (names, acronyms, numbers with units, URLs, codes), the glossary's terms of the target locale and its
 * do-not-translate terms, the project's dictionary, and whether the segment is a fragment starting in lower case.
 * Besides, some words are not the language's words at all, so a checker of the language cannot judge them: codes
 * and scientific names (letters with digits, capitals inside a word: {@code nsp9}, {@code HCoV}), acronyms (words
 * in capitals, as spellers skip them), a source word with accents ({@code remdesivir} as {@code remdésivir}) and the
 * target's rendering of a source word (its stem with a French ending: {@code ribavirin} as {@code ribavirine},
 * {@code nasopharyngeal} as {@code nasopharyngés}). Plain and immutable; one per segment.
 */
final class Awareness {

    private record Span(int start, int end) {}

    /**
     * A target word is the rendering of a source word when both start with the same letters, at least this many,
     * and each ends in at most {@link #COGNATE_ENDING} letters of its own: {@code nasopharyngeal},
     * {@code nasopharyngés}; {@code syndromic}, {@code syndromique}.
     */
    private static final int COGNATE_STEM = 8;

    private static final int COGNATE_ENDING = 4;

    /** A source word this long or longer, rendered with one of these endings: {@code troponin}, {@code troponine}. */
    private static final int RENDERED_WORD = 4;

    private static final Set<String> RENDERED_ENDINGS = Set.of("", "e", "es", "s");

    private static final Set<String> ABBREVIATIONS = Set.of("ex", "cf", "etc", "env", "fig", "vol", "éd", "resp");

    private final String source;
    private final String target;
    private final List<Span> vouched = new ArrayList<>();
    private final boolean fragment;
    private final Set<String> sourceWords = new HashSet<>();
    private final Set<String> foldedSourceWords = new HashSet<>();

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
        this.fragment = startsInLowerCase(source) || readsAsFragment(target);
        for (String word : words(source, 0, source.length())) {
            sourceWords.add(word.toLowerCase(Locale.ROOT));
            foldedSourceWords.add(Typos.fold(word));
        }
    }

    /**
     * Whether the span of the target is a word the source, the glossary or the dictionary vouches for, or no word
     * of the language. A span that LanguageTool stretched over a sign and the next word ({@code % d’alcool}) or over
     * two words ({@code Princess ont}) is judged by its words: it holds the one the speller tripped on, and is
     * vouched for when that one is.
     */
    boolean vouchesSpelling(int start, int end) {
        if (standsInSource(target.substring(start, end)) || inVouchedSpan(start, end)) {
            return true;
        }
        if (!Character.isLetterOrDigit(target.charAt(start))) {
            return true; // a sign read with the next word ("% d’alcool"): LanguageTool's tokens, not a misspelling
        }
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetterOrDigit(target.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < end && Character.isLetterOrDigit(target.charAt(i))) {
                i++;
            }
            if (from < i && vouchesWord(from, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean vouchesWord(int start, int end) {
        String word = target.substring(start, end);
        if (standsInSource(word) || inVouchedSpan(start, end) || code(word) || code(compound(start, end))) {
            return true;
        }
        if (combiningForm(end)) {
            return true;
        }
        String folded = Typos.fold(word);
        if (sourceWords.contains(word.toLowerCase(Locale.ROOT))
                || foldedSourceWords.contains(folded)
                || foldedSourceWords.contains(Typos.fold(compound(start, end).replace("-", "")))
                || foldedSourceWords.stream().anyMatch(w -> cognate(folded, w))) {
            return true;
        }
        if (nameInsideSentence(word, start)) {
            return true;
        }
        // Words in capitals are acronyms, as spellers skip them by default: a rendered one (OTAN for NATO), one the
        // target defines in brackets, one the glossary lacks.
        return acronym(word);
    }

    /** The hyphenated compound the word is part of ({@code SL-CoV}, {@code WI-38}), or the word. */
    private String compound(int start, int end) {
        int from = start;
        while (from > 1 && target.charAt(from - 1) == '-' && Character.isLetterOrDigit(target.charAt(from - 2))) {
            from--;
            while (from > 0 && Character.isLetterOrDigit(target.charAt(from - 1))) {
                from--;
            }
        }
        int to = end;
        while (to + 1 < target.length()
                && target.charAt(to) == '-'
                && Character.isLetterOrDigit(target.charAt(to + 1))) {
            to++;
            while (to < target.length() && Character.isLetterOrDigit(target.charAt(to))) {
                to++;
            }
        }
        return target.substring(from, to);
    }

    /** A first element such as {@code féco-}, {@code séro-}, {@code oro-}: a word in o joined to the next. */
    private boolean combiningForm(int end) {
        return end - 1 > 0
                && target.charAt(end - 1) == 'o'
                && end + 1 < target.length()
                && target.charAt(end) == '-'
                && Character.isLetter(target.charAt(end + 1));
    }

    /**
     * A word is the target's rendering of a source word when it is the source word with a French ending
     * ({@code apelin}, {@code apéline}; {@code cell}, {@code cells}) or when both share a long stem and each ends in a
     * few letters of its own ({@code nasopharyngeal}, {@code nasopharyngés}). Both are folded (no accents, lower case).
     */
    private static boolean cognate(String word, String sourceWord) {
        if (sourceWord.length() >= RENDERED_WORD && word.startsWith(sourceWord)) {
            return RENDERED_ENDINGS.contains(word.substring(sourceWord.length()));
        }
        int common = 0;
        int most = Math.min(word.length(), sourceWord.length());
        while (common < most && word.charAt(common) == sourceWord.charAt(common)) {
            common++;
        }
        return common >= COGNATE_STEM
                && word.length() - common <= COGNATE_ENDING
                && sourceWord.length() - common <= COGNATE_ENDING;
    }

    /**
     * A capitalised word inside a sentence is a name (a person, a place, a virus, a brand): spellers know few names,
     * and a name the source spells otherwise ({@code Rouhani}, {@code Rohani}) is the target language's convention,
     * not a slip. At the start of a sentence a capital tells nothing, so the word is judged as any other.
     */
    private boolean nameInsideSentence(String word, int start) {
        if (!Character.isUpperCase(word.charAt(0)) || word.chars().skip(1).anyMatch(Character::isUpperCase)) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && !Character.isLetterOrDigit(target.charAt(i)) && ".!?…".indexOf(target.charAt(i)) < 0) {
            i--;
        }
        return i >= 0 && Character.isLetterOrDigit(target.charAt(i));
    }

    private boolean inVouchedSpan(int start, int end) {
        for (Span span : vouched) {
            if (span.start() <= start && end <= span.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the span holds a name the source vouches for (a word with a capital or a digit that stands as-is in
     * the source), an acronym or a code: a grammar rule that reads "du MERS" as a plural of "mer", "la CITE" as
     * "cité", or wants "de l'Hubei", is misled by it.
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
            if (word.length() > 1 && nameLike(word) && (standsInSource(word) || acronym(word) || code(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the span holds a word borrowed as-is from the source that starts with an h ({@code hackathon}): the h
     * of such words is aspirated ("de hackathon", "le hashtag"), where LanguageTool's elision rules expect the mute
     * h of French words ("l'hôpital").
     */
    boolean holdsBorrowedH(int start, int end) {
        for (String word : words(target, start, end)) {
            if (Character.toLowerCase(word.charAt(0)) == 'h' && standsInSource(word)) {
                return true;
            }
        }
        return false;
    }

    /** The target's text in the span. */
    String text(int start, int end) {
        return target.substring(start, end);
    }

    /**
     * Whether the segment is a fragment (a list item going on with a sentence, a line of a dialogue): its source
     * starts in lower case, or its target does and ends without a full stop, a question or an exclamation mark.
     */
    boolean sourceIsFragment() {
        return fragment;
    }

    /**
     * Whether the word at {@code start} follows an abbreviation ending in a full stop: a word with a full stop inside
     * ({@code c.-à-d.}, {@code i.e.}), a single letter ({@code M.}) or a common one ({@code p. ex.}, {@code cf.}).
     * LanguageTool reads its full stop as the end of a sentence and wants a capital after it.
     */
    boolean afterAbbreviation(int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(target.charAt(i))) {
            i--;
        }
        if (i < 0 || target.charAt(i) != '.') {
            return false;
        }
        int end = i;
        while (i > 0 && !Character.isWhitespace(target.charAt(i - 1))) {
            i--;
        }
        String word = target.substring(i, end);
        return word.indexOf('.') >= 0
                || (word.length() == 1 && Character.isLetter(word.charAt(0)))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
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

    private static boolean readsAsFragment(String text) {
        int last = text.length() - 1;
        while (last >= 0 && !Character.isLetterOrDigit(text.charAt(last)) && ".!?…".indexOf(text.charAt(last)) < 0) {
            last--;
        }
        return startsInLowerCase(text) && last >= 0 && ".!?…".indexOf(text.charAt(last)) < 0;
    }

    /** The words of the span: runs of letters and digits. */
    private static List<String> words(String text, int start, int end) {
        List<String> words = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (from < i) {
                words.add(text.substring(from, i));
            }
        }
        return words;
    }

    /** A code or a scientific name: letters with digits ({@code nsp9}), or a capital inside a word ({@code HCoV}). */
    private static boolean code(String word) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return letter && digit;
    }

    /** Two capitals or more and nothing else, or with an English plural s ({@code NCEs}). */
    private static boolean acronym(String word) {
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!(c == 's' && i == word.length() - 1)) {
                return false;
            }
        }
        return capitals >= 2;
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
