package dev.tessera.segmentation;

/**
 * Lists written inside one line: "1. The first item 2. The second item", "a) one b) two", "• one • two". Each item
 * starts a segment even though the item before it has no final punctuation. A run of markers counts as a list only
 * when its first marker opens the line or follows a sentence end and the next markers count up one by one, so that
 * "for 1. above ... for 2. above" or "John A. Smith ... Jane B. Smith" stay sentences.
 */
final class ListMarkers {

    private static final int DOT = 1;
    private static final int DOT_PAREN = 2;
    private static final int PAREN = 3;
    private static final int PARENS = 4;
    private static final int DIGITS = 1;
    private static final int LOWER = 2;
    private static final int UPPER = 3;

    private final IntList itemStarts = new IntList();
    private final IntList chain = new IntList();

    private CharSequence text;
    private int from;
    private int to;
    private int chainKind;
    private int chainLast;

    /** Finds the positions where list items start; {@link #starts()} holds them in order. */
    void find(CharSequence text, int from, int to) {
        this.text = text;
        this.from = from;
        this.to = to;
        itemStarts.clear();
        chain.clear();
        int first = from;
        while (first < to && Chars.isWhitespace(text.charAt(first))) {
            first++;
        }
        char bullet = first < to && Chars.isBullet(text.charAt(first)) ? text.charAt(first) : 0;
        for (int p = first; p < to; p++) {
            char c = text.charAt(p);
            boolean afterSpace = p == from || Chars.isWhitespace(text.charAt(p - 1));
            if (bullet != 0 && c == bullet && p > first && afterSpace) {
                itemStarts.add(p);
            } else if (afterSpace || Chars.isBullet(text.charAt(p - 1))) {
                marker(p);
            }
        }
        commitChain();
        itemStarts.sort();
    }

    IntList starts() {
        return itemStarts;
    }

    private void marker(int p) {
        int q = p;
        boolean parenthesised = text.charAt(q) == '(';
        if (parenthesised) {
            q++;
        }
        int kind;
        int value;
        int digitsEnd = q;
        int number = 0;
        while (digitsEnd < to && digitsEnd - q < 4 && isAsciiDigit(text.charAt(digitsEnd))) {
            number = number * 10 + text.charAt(digitsEnd) - '0';
            digitsEnd++;
        }
        if (digitsEnd > q && digitsEnd - q <= 3) {
            kind = DIGITS;
            value = number;
            q = digitsEnd;
        } else if (q < to && isAsciiLetter(text.charAt(q))) {
            char letter = text.charAt(q);
            kind = Character.isLowerCase(letter) ? LOWER : UPPER;
            value = Character.toLowerCase(letter) - 'a' + 1;
            q++;
        } else {
            return;
        }
        int style;
        if (parenthesised) {
            style = at(q, ')') ? PARENS : 0;
            q++;
        } else if (at(q, '.') && at(q + 1, ')')) {
            style = DOT_PAREN;
            q += 2;
        } else if (at(q, '.')) {
            style = DOT;
            q++;
        } else if (at(q, ')')) {
            style = PAREN;
            q++;
        } else {
            return;
        }
        if (style == 0 || q >= to || !Chars.isWhitespace(text.charAt(q))) {
            return;
        }
        int start = bulletBefore(p);
        int fullKind = kind * 8 + style;
        if (chain.size() > 0 && fullKind == chainKind && value == chainLast + 1) {
            chain.add(start);
            chainLast = value;
        } else if (opensList(start)) {
            commitChain();
            chain.add(start);
            chainKind = fullKind;
            chainLast = value;
        }
    }

    /** The item starts at its bullet when there is one: "• 9. The first item". */
    private int bulletBefore(int p) {
        int q = p - 1;
        while (q >= from && q >= p - 3 && Chars.isWhitespace(text.charAt(q))) {
            q--;
        }
        return q >= from && Chars.isBullet(text.charAt(q)) ? q : p;
    }

    /** The marker opens the line or follows the end of a sentence. */
    private boolean opensList(int start) {
        int q = start - 1;
        while (q >= from && Chars.isWhitespace(text.charAt(q))) {
            q--;
        }
        if (q < from) {
            return true;
        }
        char before = text.charAt(q);
        if (Chars.isCloser(before) && q > from) {
            before = text.charAt(q - 1);
        }
        return Chars.isTerminator(before);
    }

    private void commitChain() {
        if (chain.size() >= 2) {
            for (int i = 0; i < chain.size(); i++) {
                itemStarts.add(chain.get(i));
            }
        }
        chain.clear();
    }

    private boolean at(int q, char c) {
        return q < to && text.charAt(q) == c;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
