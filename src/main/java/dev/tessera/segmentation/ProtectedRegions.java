package dev.tessera.segmentation;

/**
 * Quotations and brackets opened and closed within one line. No sentence ends inside them: a boundary may follow the
 * closing mark, never precede it. One pass with a small stack; marks that never pair up protect nothing.
 */
final class ProtectedRegions {

    private static final int MAX_DEPTH = 32;
    /** Opening brackets, each at the index of its closing one in {@link #CLOSE_BRACKETS}. */
    private static final String OPEN_BRACKETS =
            "([{\uFF08\uFF3B\uFF5B\u300A\u3008\u300C\u300E\u3010\u3014\u3016\u3018\u27E8";

    private static final String CLOSE_BRACKETS =
            ")]}\uFF09\uFF3D\uFF5D\u300B\u3009\u300D\u300F\u3011\u3015\u3017\u3019\u27E9";

    private final IntList openMarks = new IntList();
    private final IntList openPositions = new IntList();
    /** Outermost closed regions, sorted and disjoint: start is the opening mark, end is just after the closing one. */
    private final IntList starts = new IntList();

    private final IntList ends = new IntList();

    private CharSequence text;
    private int from;
    private int to;

    void find(CharSequence text, int from, int to) {
        this.text = text;
        this.from = from;
        this.to = to;
        openMarks.clear();
        openPositions.clear();
        starts.clear();
        ends.clear();
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            int bracket = CLOSE_BRACKETS.indexOf(c);
            if (bracket >= 0) {
                closeIfOpen(OPEN_BRACKETS.charAt(bracket), p);
            } else if (OPEN_BRACKETS.indexOf(c) >= 0) {
                open(c, p);
            } else {
                quote(c, p);
            }
        }
    }

    /** Whether a boundary at position p falls inside a region. */
    boolean covers(int p) {
        int region = regionBefore(p);
        return region >= 0 && p < ends.get(region);
    }

    /** The end of the region around p when only white space stands between p and its closing mark; else p. */
    int closingAfterSpace(int p) {
        int region = regionBefore(p);
        if (region < 0 || p >= ends.get(region)) {
            return p;
        }
        int close = ends.get(region) - 1;
        for (int k = p; k < close; k++) {
            if (!Chars.isWhitespace(text.charAt(k))) {
                return p;
            }
        }
        return close + 1;
    }

    /** The last region starting before p, or -1. */
    private int regionBefore(int p) {
        int lo = 0;
        int hi = starts.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts.get(mid) < p) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private void quote(char c, int p) {
        switch (c) {
            case '"' -> {
                if (!(canClose(p) && closeIfOpen('"', p)) && canOpen(p)) {
                    open(c, p);
                }
            }
            case '\'' -> {
                if (isApostrophe(p)) {
                    return;
                }
                // A straight ' after a letter is too often a possessive ("the boys' toys") to close a quotation.
                if (!(closesSingle(p) && (closeIfOpen('\'', p) || closeIfOpen('`', p)))
                        && canOpen(p)
                        && p + 1 < to
                        && Character.isLetterOrDigit(text.charAt(p + 1))) {
                    open(c, p);
                }
            }
            case '`' -> {
                if (canOpen(p)) {
                    open(c, p);
                }
            }
            case '\u201C' -> { // “ opens in English, closes German „
                if (!closeIfOpen('\u201E', p) && canOpen(p)) {
                    open(c, p);
                }
            }
            case '\u201D' -> { // ” closes “ or „, or pairs with itself (Swedish)
                if (!closeIfOpen('\u201C', p)
                        && !closeIfOpen('\u201E', p)
                        && !(canClose(p) && closeIfOpen('\u201D', p))
                        && canOpen(p)) {
                    open(c, p);
                }
            }
            case '\u2018' -> {
                if (!closeIfOpen('\u201A', p) && canOpen(p)) {
                    open(c, p);
                }
            }
            case '\u2019' -> {
                if (!isApostrophe(p) && canClose(p) && !closeIfOpen('\u2018', p)) {
                    closeIfOpen('\u201A', p);
                }
            }
            case '\u201E', '\u201A' -> {
                if (canOpen(p)) {
                    open(c, p);
                }
            }
            // Guillemets point either way (« » in French, » « in German) and French sets them off with spaces.
            case '\u00AB' -> {
                if (!closeIfOpen('\u00BB', p)) {
                    open(c, p);
                }
            }
            case '\u00BB' -> {
                if (!closeIfOpen('\u00AB', p)) {
                    open(c, p);
                }
            }
            case '\u2039' -> {
                if (!closeIfOpen('\u203A', p)) {
                    open(c, p);
                }
            }
            case '\u203A' -> {
                if (!closeIfOpen('\u2039', p)) {
                    open(c, p);
                }
            }
            default -> {
                // not a quotation mark
            }
        }
    }

    private void open(char mark, int p) {
        if (openMarks.size() < MAX_DEPTH) {
            openMarks.add(mark);
            openPositions.add(p);
        }
    }

    /** Closes the innermost open region of this mark, dropping marks opened inside it that never closed. */
    private boolean closeIfOpen(char openMark, int p) {
        for (int k = openMarks.size() - 1; k >= 0; k--) {
            if (openMarks.get(k) == openMark) {
                int start = openPositions.get(k);
                openMarks.truncate(k);
                openPositions.truncate(k);
                while (starts.size() > 0 && starts.last() > start) {
                    starts.removeLast();
                    ends.removeLast();
                }
                starts.add(start);
                ends.add(p + 1);
                return true;
            }
        }
        return false;
    }

    private boolean canOpen(int p) {
        if (p + 1 >= to || Chars.isWhitespace(text.charAt(p + 1))) {
            return false;
        }
        if (p == from) {
            return true;
        }
        char before = text.charAt(p - 1);
        return Chars.isWhitespace(before) || Chars.isLeading(before) || before == '/';
    }

    private boolean canClose(int p) {
        return p > from && !Chars.isWhitespace(text.charAt(p - 1));
    }

    private boolean closesSingle(int p) {
        if (p == from) {
            return false;
        }
        char before = text.charAt(p - 1);
        return ".!?,;:\u2026".indexOf(before) >= 0 || Chars.isTerminator(before);
    }

    private boolean isApostrophe(int p) {
        return p > from
                && p + 1 < to
                && Character.isLetter(text.charAt(p - 1))
                && Character.isLetter(text.charAt(p + 1));
    }
}
