package dev.tessera.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code qa.brackets}: brackets and quotes in the target are balanced: {@code () [] {} （） 【】 《》 「」 『』
 * “” ‘’ «»} and straight double quotes. A right single quote or ASCII apostrophe inside or at the end of a
 * word is an apostrophe, not a quote. An imbalance the source has too (a list item such as "a) first") is
 * not reported; brackets of the same family count alike across scripts ({@code (} and {@code （}).
 */
public final class BracketsCheck implements QaCheck {

    public static final String NAME = "qa.brackets";

    private record Pair(char open, char close, int family) {}

    private static final int ROUND = 0;
    private static final int SQUARE = 1;
    private static final int CURLY = 2;
    private static final int ANGLE = 3;
    private static final int QUOTE = 4;
    private static final int FAMILIES = 5;

    private static final List<Pair> PAIRS = List.of(
            new Pair('(', ')', ROUND),
            new Pair('（', '）', ROUND),
            new Pair('[', ']', SQUARE),
            new Pair('【', '】', SQUARE),
            new Pair('〔', '〕', SQUARE),
            new Pair('{', '}', CURLY),
            new Pair('《', '》', ANGLE),
            new Pair('〈', '〉', ANGLE),
            new Pair('「', '」', QUOTE),
            new Pair('『', '』', QUOTE),
            new Pair('“', '”', QUOTE),
            new Pair('‘', '’', QUOTE),
            new Pair('«', '»', QUOTE),
            new Pair('‹', '›', QUOTE));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaMessage> messages(
            String source, String target, String sourceLocale, String targetLocale, CheckContext context) {
        if (Texts.isBlank(target)) {
            return List.of();
        }
        Balance inSource = balance(source);
        Balance inTarget = balance(target);
        List<QaMessage> messages = new ArrayList<>();
        for (int p = 0; p < PAIRS.size(); p++) {
            Pair pair = PAIRS.get(p);
            int family = pair.family();
            if (inTarget.unclosed[p] > 0 && inSource.unclosedFamily[family] < inTarget.unclosedFamily[family]) {
                messages.add(QaMessage.of(
                        "brackets.unclosed",
                        "Close the \"" + pair.open() + "\" in the target with \"" + pair.close() + "\".",
                        pair.open(),
                        pair.close()));
            }
            if (inTarget.unopened[p] > 0 && inSource.unopenedFamily[family] < inTarget.unopenedFamily[family]) {
                messages.add(QaMessage.of(
                        "brackets.unopened",
                        "The \"" + pair.close() + "\" in the target closes nothing; add the \"" + pair.open()
                                + "\" or remove it.",
                        pair.close(),
                        pair.open()));
            }
        }
        if (inTarget.straightDouble % 2 == 1 && inSource.straightDouble % 2 == 0) {
            messages.add(QaMessage.of(
                    "brackets.straight-double", "The target has an unpaired straight quote (\"); pair or remove it."));
        }
        if (inTarget.straightSingleOpen > inSource.straightSingleOpen) {
            messages.add(QaMessage.of("brackets.straight-single", "Close the straight quote (') in the target."));
        }
        return messages;
    }

    private static final class Balance {
        final int[] unclosed = new int[PAIRS.size()];
        final int[] unopened = new int[PAIRS.size()];
        final int[] unclosedFamily = new int[FAMILIES];
        final int[] unopenedFamily = new int[FAMILIES];
        int straightDouble;
        int straightSingleOpen;
    }

    private static Balance balance(String text) {
        Balance b = new Balance();
        int[] depth = new int[PAIRS.size()];
        int singleDepth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                b.straightDouble++;
                continue;
            }
            if (c == '\'') {
                boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
                boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
                if (!letterBefore && letterAfter) {
                    singleDepth++;
                } else if (!letterAfter && singleDepth > 0) {
                    singleDepth--;
                }
                continue; // otherwise an apostrophe: don't, l'homme, students'
            }
            if (c == '’'
                    && i > 0
                    && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1))) {
                continue; // an apostrophe inside a word: don’t, l’homme
            }
            for (int p = 0; p < PAIRS.size(); p++) {
                Pair pair = PAIRS.get(p);
                if (c == pair.open()) {
                    depth[p]++;
                } else if (c == pair.close()) {
                    if (depth[p] > 0) {
                        depth[p]--;
                    } else if (c != '’') { // an unmatched ’ is an apostrophe
                        b.unopened[p]++;
                    }
                }
            }
        }
        for (int p = 0; p < PAIRS.size(); p++) {
            b.unclosed[p] = depth[p];
            b.unclosedFamily[PAIRS.get(p).family()] += depth[p];
            b.unopenedFamily[PAIRS.get(p).family()] += b.unopened[p];
        }
        b.straightSingleOpen = singleDepth;
        return b;
    }
}
