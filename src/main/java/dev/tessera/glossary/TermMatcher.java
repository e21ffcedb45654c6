package dev.tessera.glossary;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds terms in a text with Aho–Corasick automata. Texts and terms are folded alike ({@link FoldedText}); terms
 * that match in any case sit in an automaton that runs on the lower-case form, case-sensitive ones (acronyms) in
 * one that runs on the folded text as it is, so that CPEC is not looked for inside every word holding "cpec".
 * Terms in spaced scripts match as whole words; where a term begins or ends in an unspaced script (Chinese,
 * Japanese, Thai and the like) that side needs no word boundary. Where matches overlap the longest wins (then the
 * earliest). Offsets of the answers are in the original text. Immutable and thread-safe.
 *
 * @param <T> what a term stands for (a concept's term, with its status)
 */
public final class TermMatcher<T> {

    /**
     * A term to find.
     *
     * @param inflection the forms besides the term itself that also count (see {@link Inflection})
     */
    public record Entry<T>(String text, boolean caseSensitive, Inflection inflection, T value) {}

    /** One place where terms were found: the original text's span and every term that matched it there. */
    public record Match<T>(int start, int end, String text, List<T> values) {}

    private final AhoCorasickDoubleArrayTrie<List<T>> anyCase;
    private final AhoCorasickDoubleArrayTrie<List<T>> exactCase;
    private final int terms;

    private TermMatcher(
            AhoCorasickDoubleArrayTrie<List<T>> anyCase, AhoCorasickDoubleArrayTrie<List<T>> exactCase, int terms) {
        this.anyCase = anyCase;
        this.exactCase = exactCase;
        this.terms = terms;
    }

    public static <T> TermMatcher<T> build(List<Entry<T>> entries) {
        Map<String, List<T>> anyCase = new TreeMap<>();
        Map<String, List<T>> exactCase = new TreeMap<>();
        for (Entry<T> entry : entries) {
            String folded = FoldedText.fold(entry.text());
            if (folded.isEmpty()) {
                continue;
            }
            for (String form : entry.inflection().forms(folded, entry.caseSensitive())) {
                String key = entry.caseSensitive() ? form : FoldedText.of(form).lower();
                List<T> values =
                        (entry.caseSensitive() ? exactCase : anyCase).computeIfAbsent(key, k -> new ArrayList<>(1));
                if (!values.contains(entry.value())) {
                    values.add(entry.value());
                }
            }
        }
        return new TermMatcher<>(automaton(anyCase), automaton(exactCase), entries.size());
    }

    private static <T> AhoCorasickDoubleArrayTrie<List<T>> automaton(Map<String, List<T>> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        AhoCorasickDoubleArrayTrie<List<T>> automaton = new AhoCorasickDoubleArrayTrie<>();
        automaton.build(keys);
        return automaton;
    }

    /** The number of entries it was built from. */
    public int size() {
        return terms;
    }

    public List<Match<T>> find(String text) {
        if ((anyCase == null && exactCase == null) || text == null || text.isEmpty()) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(text);
        List<int[]> spans = new ArrayList<>();
        List<List<T>> values = new ArrayList<>();
        AhoCorasickDoubleArrayTrie.IHit<List<T>> hit = (begin, end, found) -> {
            if (fits(folded, begin, end)) {
                spans.add(new int[] {begin, end, values.size()});
                values.add(found);
            }
        };
        if (anyCase != null) {
            anyCase.parseText(folded.exactly(folded.lower), hit);
        }
        if (exactCase != null) {
            exactCase.parseText(folded.exactly(folded.text), hit);
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0] - s[1]).thenComparingInt(s -> s[0]));
        TreeMap<Integer, int[]> chosen = new TreeMap<>();
        for (int[] span : spans) {
            Map.Entry<Integer, int[]> before = chosen.floorEntry(span[1] - 1);
            if (before == null || before.getValue()[1] <= span[0]) {
                chosen.put(span[0], span);
            } else if (before.getValue()[0] == span[0] && before.getValue()[1] == span[1]) {
                before.getValue()[2] = merge(values, before.getValue()[2], span[2]);
            }
        }
        List<Match<T>> matches = new ArrayList<>(chosen.size());
        for (int[] span : chosen.values()) {
            int start = folded.originalStart(span[0]);
            int end = folded.originalEnd(span[1] - 1);
            matches.add(new Match<>(start, end, text.substring(start, end), List.copyOf(values.get(span[2]))));
        }
        return matches;
    }

    /** The same span found in both automata: one match with the values of both. */
    private static <T> int merge(List<List<T>> values, int first, int second) {
        List<T> both = new ArrayList<>(values.get(first));
        values.get(second).stream().filter(v -> !both.contains(v)).forEach(both::add);
        values.add(both);
        return values.size() - 1;
    }

    private static boolean fits(FoldedText folded, int begin, int end) {
        boolean startOk = begin == 0 || !needsBoundary(folded.text[begin]) || !isWordChar(folded.text[begin - 1]);
        boolean endOk = end == folded.length || !needsBoundary(folded.text[end - 1]) || !isWordChar(folded.text[end]);
        return startOk && endOk;
    }

    /** Letters of spaced scripts, and digits, need a boundary; unspaced scripts and punctuation do not. */
    private static boolean needsBoundary(char c) {
        if (c < 0x2E80) {
            return isWordChar(c) && !isUnspacedBelowCjk(c);
        }
        return !Character.isHighSurrogate(c) && !Character.isLowSurrogate(c) && !isUnspaced(c) && isWordChar(c);
    }

    private static boolean isUnspacedBelowCjk(char c) {
        return (c >= '\u0E00' && c <= '\u0EFF')
                || (c >= '\u1000' && c <= '\u109F')
                || (c >= '\u1780' && c <= '\u17FF')
                || (c >= '\u0F00' && c <= '\u0FFF');
    }

    private static boolean isUnspaced(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, LAO, KHMER, MYANMAR, TIBETAN, YI, BOPOMOFO -> true;
            default -> false;
        };
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || Character.isSurrogate(c);
    }
}
