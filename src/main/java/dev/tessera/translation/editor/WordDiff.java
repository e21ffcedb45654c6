package dev.tessera.translation.editor;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of two versions of a target, for the history. Words come from ICU's word break iterator, so
 * Chinese and Japanese (no spaces) are compared word by word too, and spaces and punctuation are tokens of their own.
 */
final class WordDiff {

    enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    record Part(Kind kind, String text) {}

    private WordDiff() {}

    static List<Part> diff(String before, String after, String locale) {
        List<String> from = words(before == null ? "" : before, locale);
        List<String> to = words(after == null ? "" : after, locale);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<Part> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            add(parts, Kind.SAME, from.subList(position, delta.getSource().getPosition()));
            add(parts, Kind.REMOVED, delta.getSource().getLines());
            add(parts, Kind.ADDED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(parts, Kind.SAME, from.subList(position, from.size()));
        return parts;
    }

    private static List<String> words(String text, String locale) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(locale));
        words.setText(text);
        List<String> tokens = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            tokens.add(text.substring(start, end));
        }
        return tokens;
    }

    /** Appends the tokens, merging with the previous part of the same kind. */
    private static void add(List<Part> parts, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.getLast().kind() == kind) {
            parts.set(parts.size() - 1, new Part(kind, parts.getLast().text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }
}
