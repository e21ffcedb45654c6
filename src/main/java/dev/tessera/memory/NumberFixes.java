package dev.tessera.memory;

import dev.tessera.memory.MatchTokens.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A match's target with the numbers that differ between the two sources replaced, where that is unambiguous: both
 * sources have the same count of numbers, each changed number stands exactly once in the target (as a whole number,
 * not part of a longer one), and no number of the memory's source would have to become two different ones.
 */
final class NumberFixes {

    /** One replacement made. */
    record Fix(String from, String to) {}

    /** The target to insert and the replacements made in it. */
    record Fixed(String target, List<Fix> fixes) {}

    private NumberFixes() {}

    static Fixed apply(String memorySource, String source, String target, String locale) {
        List<String> theirs = MatchTokens.of(memorySource, locale).texts(Kind.NUMBER);
        List<String> ours = MatchTokens.of(source, locale).texts(Kind.NUMBER);
        if (theirs.size() != ours.size() || theirs.equals(ours)) {
            return new Fixed(target, List.of());
        }
        Map<String, String> replacements = new HashMap<>();
        for (int i = 0; i < theirs.size(); i++) {
            String previous = replacements.putIfAbsent(theirs.get(i), ours.get(i));
            if (previous != null && !previous.equals(ours.get(i))) {
                return new Fixed(target, List.of());
            }
        }
        replacements.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        List<Fix> fixes = new ArrayList<>();
        String fixed = target;
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            List<Integer> at = occurrences(fixed, replacement.getKey());
            if (at.size() != 1) {
                continue;
            }
            int start = at.getFirst();
            fixed = fixed.substring(0, start)
                    + replacement.getValue()
                    + fixed.substring(start + replacement.getKey().length());
            fixes.add(new Fix(replacement.getKey(), replacement.getValue()));
        }
        return new Fixed(fixed, List.copyOf(fixes));
    }

    /** Where the number stands in the text on its own: no digit or digit separator joined to it on either side. */
    private static List<Integer> occurrences(String text, String number) {
        List<Integer> found = new ArrayList<>();
        for (int i = text.indexOf(number); i >= 0; i = text.indexOf(number, i + 1)) {
            int end = i + number.length();
            if (!joined(text, i - 1, i - 2) && !joined(text, end, end + 1)) {
                found.add(i);
            }
        }
        return found;
    }

    /** A digit at {@code at}, or a separator there followed (away from the number) by a digit. */
    private static boolean joined(String text, int at, int beyond) {
        if (at < 0 || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        if (Character.isDigit(c)) {
            return true;
        }
        return (c == '.' || c == ',')
                && beyond >= 0
                && beyond < text.length()
                && Character.isDigit(text.charAt(beyond));
    }
}
