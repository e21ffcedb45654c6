package dev.tessera.segmentation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Sentence segmentation for one source language. Every line break ends a segment; inside a line, sentences end at
 * terminators unless the word before is an abbreviation, an initial or a number that the next word continues, or the
 * terminator stands inside a quotation or brackets closed in the same line. Immutable and thread-safe.
 */
public final class Segmenter {

    private static final ConcurrentMap<String, Segmenter> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final LanguageRules rules;

    private Segmenter(LanguageRules rules) {
        this.rules = rules;
    }

    /**
     * Rules for the language of this BCP 47 tag ("en", "zh-Hans", "zh", "ur", "ar", "fr", "de", ...); unknown languages
     * get generic rules. Instances are cached per language.
     */
    public static Segmenter forLanguage(String languageTag) {
        return BY_LANGUAGE.computeIfAbsent(
                LanguageRules.baseLanguage(languageTag), language -> new Segmenter(LanguageRules.load(language)));
    }

    /**
     * These rules with a project's own abbreviations, after which a sentence never ends ("amb" for "Amb. Smith";
     * lower case, without the final full stop). Not cached: made once per import.
     */
    public Segmenter withAbbreviations(Collection<String> abbreviations) {
        return abbreviations.isEmpty() ? this : new Segmenter(rules.withNonfinal(abbreviations));
    }

    /**
     * Splits a whole document: every line break (\n, \r\n, \r, U+2028, U+2029, U+0085) ends a segment; whitespace-only
     * lines produce nothing; each sentence inside a line is a segment.
     */
    public List<SourceSegment> segmentDocument(String text) {
        Objects.requireNonNull(text, "text");
        SentenceScanner scanner = new SentenceScanner(rules);
        Collector collector = new Collector(text);
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = lineStart;
            boolean blank = true;
            while (lineEnd < n && !Chars.isLineBreak(text.charAt(lineEnd))) {
                blank &= Chars.isWhitespace(text.charAt(lineEnd));
                lineEnd++;
            }
            if (!blank) {
                collector.paragraph++;
                scanner.scan(text, lineStart, lineEnd, collector);
            }
            if (lineEnd == n) {
                break;
            }
            boolean crlf = text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n';
            lineStart = lineEnd + (crlf ? 2 : 1);
        }
        return Collections.unmodifiableList(collector.segments);
    }

    /** The sentences of one piece of text, trimmed; line breaks end sentences here too. */
    public List<String> sentences(String text) {
        return segmentDocument(text).stream().map(SourceSegment::text).toList();
    }

    /** Trims each sentence and numbers it. */
    private static final class Collector implements SentenceScanner.Sink {
        private final String text;
        private final List<SourceSegment> segments = new ArrayList<>();
        private int paragraph;

        Collector(String text) {
            this.text = text;
        }

        @Override
        public void sentence(int start, int end) {
            while (start < end && Chars.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Chars.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                segments.add(new SourceSegment(segments.size() + 1, paragraph, start, end, text.substring(start, end)));
            }
        }
    }
}
