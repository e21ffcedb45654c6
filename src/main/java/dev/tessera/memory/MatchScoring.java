package dev.tessera.memory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.tessera.memory.MatchTokens.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How close a memory unit's source is to the segment's source, as a percentage that says what share of the source
 * is the same, with every penalty named.
 *
 * <p>Both sentences are cut into {@link MatchTokens}. The base score is {@code 100 × (1 − d / max(n, m))}, rounded
 * down, where {@code d} is the token edit distance (insertions, deletions and substitutions of token keys, each
 * costing 1) and {@code n}, {@code m} the two token counts. Numbers and inline codes count as tokens but compare by
 * kind, so "Room 12" and "Room 14" are the same words; what differs in them, and what only differs in case, width or
 * spacing, costs a point each as a penalty, as does what the caller adds (an unapproved unit, a memory's own
 * penalty). The score is the base less the penalties, never below 0; 100 means the same sentence, as written.
 */
public final class MatchScoring {

    /**
     * A penalty: why (in English, as the API answers it), and how many points; for the screens, the reason's key in
     * the bundles ({@code memory.penalty.<key>}) and the name it mentions, if any.
     */
    public record Penalty(
            String reason,
            int points,
            @JsonIgnore String key,
            @JsonIgnore String detail) {

        public Penalty(String reason, int points) {
            this(reason, points, null, null);
        }
    }

    /** The score and what was taken off it. */
    public record Score(int score, int base, List<Penalty> penalties) {}

    /** A stretch of the memory's source, from {@code start} to {@code end} (exclusive), that the source lacks. */
    public record Span(int start, int end) {}

    private static final int MAX_DIFFERENCE_TOKENS = 1000;

    private MatchScoring() {}

    public static Score score(String memorySource, String source, String locale, List<Penalty> extra) {
        return score(memorySource, MatchTokens.of(memorySource, locale), source, MatchTokens.of(source, locale), extra);
    }

    /** The score of sentences already cut into tokens, for a caller that compares one source with many. */
    static Score score(String memorySource, MatchTokens theirs, String source, MatchTokens ours, List<Penalty> extra) {
        List<String> a = theirs.keys();
        List<String> b = ours.keys();
        int longest = Math.max(a.size(), b.size());
        int base = longest == 0 ? 100 : (int) Math.floor(100.0 * (longest - distance(a, b)) / longest);
        List<Penalty> penalties = new ArrayList<>();
        int numbers = unmatched(theirs.texts(Kind.NUMBER), ours.texts(Kind.NUMBER));
        if (numbers > 0) {
            penalties.add(new Penalty(
                    numbers == 1 ? "a number differs" : numbers + " numbers differ", numbers, "numbers", null));
        }
        int codes = unmatched(theirs.texts(Kind.CODE), ours.texts(Kind.CODE));
        if (codes > 0) {
            penalties.add(new Penalty(
                    codes == 1 ? "an inline code differs" : codes + " inline codes differ", codes, "codes", null));
        }
        if (base == 100 && numbers == 0 && codes == 0 && !memorySource.equals(source)) {
            penalties.add(new Penalty("differs only in case, width, spacing or punctuation form", 1, "form", null));
        }
        penalties.addAll(extra);
        int taken = penalties.stream().mapToInt(Penalty::points).sum();
        return new Score(Math.max(0, base - taken), base, List.copyOf(penalties));
    }

    /**
     * What of the memory's source differs from the source, word by word: the tokens outside a longest common
     * subsequence, where words compare by key and numbers and codes as written, neighbouring ones joined.
     */
    public static List<Span> differences(String memorySource, String source, String locale) {
        List<MatchTokens.Token> a = MatchTokens.of(memorySource, locale).tokens();
        List<MatchTokens.Token> b = MatchTokens.of(source, locale).tokens();
        if (a.size() > MAX_DIFFERENCE_TOKENS || b.size() > MAX_DIFFERENCE_TOKENS) {
            return memorySource.equals(source) ? List.of() : List.of(new Span(0, memorySource.length()));
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = same(a.get(i), b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size()) {
            if (j < b.size() && same(a.get(i), b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && common[i][j + 1] >= common[i + 1][j]) {
                j++;
            } else {
                MatchTokens.Token token = a.get(i++);
                Span last = spans.isEmpty() ? null : spans.getLast();
                if (last != null
                        && memorySource.substring(last.end(), token.start()).isBlank()) {
                    spans.set(spans.size() - 1, new Span(last.start(), token.end()));
                } else {
                    spans.add(new Span(token.start(), token.end()));
                }
            }
        }
        return List.copyOf(spans);
    }

    private static boolean same(MatchTokens.Token a, MatchTokens.Token b) {
        return a.kind() == MatchTokens.Kind.WORD
                ? a.key().equals(b.key())
                : a.text().equals(b.text());
    }

    /** Levenshtein distance over tokens, two rows at a time. */
    static int distance(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int substitution = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    /** How many items of the larger multiset the other lacks. */
    private static int unmatched(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(item -> counts.merge(item, 1, Integer::sum));
        int shared = 0;
        for (String item : b) {
            Integer left = counts.get(item);
            if (left != null && left > 0) {
                counts.put(item, left - 1);
                shared++;
            }
        }
        return Math.max(a.size(), b.size()) - shared;
    }
}
