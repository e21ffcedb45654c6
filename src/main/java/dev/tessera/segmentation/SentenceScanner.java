package dev.tessera.segmentation;

import java.util.Locale;

/**
 * Finds the sentence boundaries inside one line in a single left-to-right pass. At each run of terminators it looks
 * only at the nearby text (the word before, the closing marks, the first word after), so the work stays linear.
 * Not thread-safe: one instance per call.
 */
final class SentenceScanner {

    /** Receives each sentence as a range of the text, untrimmed. */
    interface Sink {
        void sentence(int start, int end);
    }

    private static final int MAX_WORD = 40;
    private static final int MAX_ADDRESS = 256;

    private final LanguageRules rules;
    private final boolean extraTerminators;
    private final ProtectedRegions regions = new ProtectedRegions();
    private final ListMarkers lists = new ListMarkers();
    private final Stem stem;

    private String text;
    private int from;
    private int to;
    private Sink sink;
    private int segmentStart;
    private int firstTokenOf = -1;
    private int firstToken;
    private int tokenFrom = -1;
    private int tokenTo = -1;
    private int tokenInnerDots;
    private boolean tokenIsAddress;

    SentenceScanner(LanguageRules rules) {
        this.rules = rules;
        this.extraTerminators = rules.hasExtraTerminators();
        this.stem = new Stem(rules);
    }

    void scan(String text, int from, int to, Sink sink) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.sink = sink;
        segmentStart = from;
        firstTokenOf = -1;
        tokenFrom = -1;
        tokenTo = -1;
        regions.find(text, from, to);
        lists.find(text, from, to);
        IntList items = lists.starts();
        int item = 0;
        int i = from;
        while (i < to) {
            while (item < items.size() && items.get(item) <= i) {
                boundary(items.get(item++));
            }
            i = isTerminator(text.charAt(i)) ? terminatorRun(i) : i + 1;
        }
        if (segmentStart < to) {
            sink.sentence(segmentStart, to);
        }
    }

    private boolean isTerminator(char c) {
        return Chars.isTerminator(c) || (extraTerminators && rules.isExtraTerminator(c));
    }

    private void boundary(int p) {
        if (p > segmentStart && p < to && !regions.covers(p)) {
            sink.sentence(segmentStart, p);
            segmentStart = p;
        }
    }

    /** Decides about the run of terminators starting at i; returns where scanning goes on. */
    private int terminatorRun(int i) {
        int dots = 0;
        boolean strong = false; // ! ? and the like, as opposed to full stops
        boolean noSpace = false;
        boolean spaced = false;
        int j = i;
        for (; j < to; j++) {
            char c = text.charAt(j);
            if (c == '.' || c == '\u2024' || c == '\uFE52') {
                dots++;
            } else if (c == '\u2026') {
                dots += 3;
            } else if (Chars.endsWithoutSpace(c)) {
                noSpace = true;
            } else if (isTerminator(c)) {
                strong = true;
            } else if (c == ' ' && dots > 0 && !strong && !noSpace && spacedDotFollows(j)) {
                spaced = true;
            } else if (!Chars.isFormat(c)) {
                break;
            }
        }
        int termEnd = j;
        j = skipClosers(j);
        if (j == termEnd && dots == 1 && !strong && !noSpace) {
            j = skipFootnoteNumbers(i, j);
        }
        j = regions.closingAfterSpace(j); // French « Bonjour. »
        int b = j;
        int next = b;
        while (next < to && Chars.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= to) {
            return j; // the line ends the sentence anyway
        }
        if (noSpace) {
            if (!isDecimal(i, termEnd) && ",\uFF0C\u3001;\uFF1B".indexOf(text.charAt(b)) < 0) {
                boundary(b);
            }
            return j;
        }
        if (next == b) {
            boolean joined = b == termEnd && (strong ? dots == 0 : dots == 1) && joinedSentences(i, b, !strong);
            boolean beforeIdeograph = strong && Chars.isIdeographicOrKana(text.codePointAt(b));
            if (joined || beforeIdeograph) {
                boundary(b);
            }
            return j;
        }
        int q = next;
        int leadingLimit = Math.min(to, next + 8);
        while (q < leadingLimit && (Chars.isLeading(text.charAt(q)) || Chars.isWhitespace(text.charAt(q)))) {
            q++;
        }
        int cp = q < to ? text.codePointAt(q) : -1;
        boolean lower = cp >= 0 && Chars.isLower(cp);
        if (strong) {
            if (!lower) {
                boundary(b);
            }
            return j;
        }
        if (dots >= 2) {
            return ellipsis(i, j, dots, spaced, lower);
        }
        stem.read(text, segmentStart, i);
        if (lower) {
            if ((stem.kind == Stem.PLAIN || stem.kind == Stem.NUMBER) && isAddress(next)) {
                boundary(b);
            }
        } else if (endsSentence(q, cp)) {
            boundary(b);
        }
        return j;
    }

    /** " ." inside ". . ." (but not ". .NET"). */
    private boolean spacedDotFollows(int space) {
        int dot = space + 1;
        return dot < to
                && text.charAt(dot) == '.'
                && (dot + 1 >= to || !Character.isLetterOrDigit(text.charAt(dot + 1)));
    }

    private int skipClosers(int j) {
        while (j < to) {
            char c = text.charAt(j);
            if (Chars.isCloser(c) || Chars.isFormat(c)) {
                j++;
            } else if (c == '[') {
                int end = bracketedNumberEnd(j);
                if (end == j) {
                    break;
                }
                j = end;
            } else {
                break;
            }
        }
        return j;
    }

    /** "[12]" as a footnote reference after a sentence: the index after it, or j. */
    private int bracketedNumberEnd(int j) {
        int k = digitsEnd(j + 1);
        return k > j + 1 && k < to && text.charAt(k) == ']' ? k + 1 : j;
    }

    /** "consultation.11 12 Take": footnote numbers right after the full stop of a word. */
    private int skipFootnoteNumbers(int i, int j) {
        if (j >= to || i == from || !isAsciiDigit(text.charAt(j))) {
            return j;
        }
        char before = text.charAt(i - 1);
        if (!Character.isLetter(before) && before != ')') {
            return j;
        }
        int end = digitsEnd(j);
        while (end > j && (end == to || Chars.isWhitespace(text.charAt(end)))) {
            j = end;
            if (j + 1 >= to || text.charAt(j) != ' ') {
                break;
            }
            end = digitsEnd(j + 1);
            if (end == j + 1) {
                break;
            }
        }
        return j;
    }

    /** The end of up to three ASCII digits from k; k itself when there are none or more than three. */
    private int digitsEnd(int k) {
        int e = k;
        while (e < to && e - k < 4 && isAsciiDigit(text.charAt(e))) {
            e++;
        }
        return e - k <= 3 ? e : k;
    }

    private boolean isDecimal(int i, int termEnd) {
        return termEnd == i + 1
                && i > from
                && termEnd < to
                && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(termEnd));
    }

    private int ellipsis(int i, int j, int dots, boolean spaced, boolean lower) {
        char before = i > from ? text.charAt(i - 1) : ' ';
        if (before == '[' || before == '(' || lower) {
            return j; // "[...]" marks an omission
        }
        if (spaced) {
            // "compounds. . . . The": a full stop, then an ellipsis that opens the next sentence.
            if (!Chars.isWhitespace(before) && dots >= 4) {
                boundary(i + 1);
                return i + 1;
            }
            // ". . ." alone is an omission inside the sentence; ". . . ." ends it.
            if (dots >= 4) {
                boundary(j);
            }
            return j;
        }
        boundary(j);
        return j;
    }

    /** After a single full stop followed by space and a word that is not lower case. */
    private boolean endsSentence(int q, int cp) {
        switch (stem.kind) {
            case Stem.NUMBER -> {
                boolean listNumber = stem.start == firstToken() && stem.end - stem.start <= 3 && stem.digitsOnly;
                return !listNumber && !rules.isOrdinalNoun(nextWord(q));
            }
            case Stem.LETTER -> {
                return stem.start != firstToken() && startsSentence(q);
            }
            case Stem.ABBREVIATION -> {
                String a = stem.lower;
                if (rules.isNonfinal(a) || (rules.takesNumber(a) && cp >= 0 && Character.isDigit(cp))) {
                    return false;
                }
                if (rules.isTime(a)) {
                    // "At 5 a.m. Mr. Smith went": too short to be a sentence of its own.
                    return wordsBefore(stem.start) > 2;
                }
                if (stem.multiPeriod || rules.isAmbiguous(a)) {
                    return startsSentence(q);
                }
                return true;
            }
            default -> {
                return true;
            }
        }
    }

    /**
     * "Hello world.Today is", "Isn't it?Yes": a full stop, question or exclamation mark with no space after it, between
     * a word and a capitalised word, in a token that is no address and has no other full stop inside
     * ("www.testurl.Awesome.com").
     */
    private boolean joinedSentences(int i, int end, boolean fullStop) {
        if (i - 1 < segmentStart || end + 1 >= to) {
            return false;
        }
        char before = text.charAt(i - 1);
        if (!Character.isLowerCase(before) && !Character.isDigit(before)) {
            return false;
        }
        if (!Character.isUpperCase(text.charAt(end)) || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        readToken(i);
        if (tokenIsAddress || tokenInnerDots > 1) {
            return false;
        }
        if (!fullStop) {
            return true;
        }
        stem.read(text, segmentStart, i);
        return switch (stem.kind) {
            case Stem.PLAIN -> true;
            // "1.Helado, 2.Carne": numbered items, not sentences.
            case Stem.NUMBER -> !(stem.digitsOnly && stem.end - stem.start <= 2);
            // "He won't say no.Not really."
            case Stem.ABBREVIATION ->
                !stem.multiPeriod
                        && !rules.isNonfinal(stem.lower)
                        && !rules.isTime(stem.lower)
                        && !rules.isAmbiguous(stem.lower);
            default -> false;
        };
    }

    /** Reads the white-space-delimited token around i, once per token. */
    private void readToken(int i) {
        if (i >= tokenFrom && i < tokenTo) {
            return;
        }
        int s = i;
        while (s > from && !Chars.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        int e = i;
        while (e < to && !Chars.isWhitespace(text.charAt(e))) {
            e++;
        }
        int innerDots = 0;
        boolean address = text.regionMatches(true, s, "www.", 0, 4);
        for (int p = s; p < e; p++) {
            char c = text.charAt(p);
            if (c == '.' && p + 1 < e && Character.isLetterOrDigit(text.charAt(p + 1))) {
                innerDots++;
            } else if (c == '@' || c == '/' || c == '=') {
                address = true;
            }
        }
        tokenFrom = s;
        tokenTo = e;
        tokenInnerDots = innerDots;
        tokenIsAddress = address;
    }

    /** The token starting at p is an e-mail address or a URL. */
    private boolean isAddress(int p) {
        int limit = Math.min(to, p + MAX_ADDRESS);
        if (text.regionMatches(true, p, "http://", 0, 7)
                || text.regionMatches(true, p, "https://", 0, 8)
                || text.regionMatches(true, p, "www.", 0, 4)) {
            return true;
        }
        boolean at = false;
        for (int k = p; k < limit && !Chars.isWhitespace(text.charAt(k)); k++) {
            char c = text.charAt(k);
            if (c == '@' && k > p) {
                at = true;
            } else if (c == '.' && at && k + 1 < limit && Character.isLetterOrDigit(text.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Where the first word of the current sentence starts, past leading marks and bullets. */
    private int firstToken() {
        if (firstTokenOf != segmentStart) {
            int p = segmentStart;
            while (p < to && (Chars.isWhitespace(text.charAt(p)) || Chars.isLeading(text.charAt(p)))) {
                p++;
            }
            firstTokenOf = segmentStart;
            firstToken = p;
        }
        return firstToken;
    }

    /** How many words of the current sentence precede p, counting no further than three. */
    private int wordsBefore(int p) {
        int count = 0;
        boolean inWord = false;
        for (int k = firstToken(); k < p && count <= 2; k++) {
            if (Chars.isWhitespace(text.charAt(k))) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                count++;
            }
        }
        return count;
    }

    /** The word at q commonly starts a sentence, and is no initial ("U. S. A."). */
    private boolean startsSentence(int q) {
        String word = nextWord(q);
        boolean initial = word.length() == 1 && q + 1 < to && text.charAt(q + 1) == '.';
        return !initial && rules.isStarter(word);
    }

    /** The letters starting at q, lower case. */
    private String nextWord(int q) {
        int e = q;
        int limit = Math.min(to, q + MAX_WORD);
        while (e < limit && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(q, e).toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
