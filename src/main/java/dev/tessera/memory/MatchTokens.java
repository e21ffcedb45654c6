package dev.tessera.memory;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import dev.tessera.shared.CodeMarkers;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence cut into the tokens a match is scored on: ICU words, every Han, Hiragana or Katakana character on its
 * own (those scripts write no spaces, so a character is the unit of difference), punctuation, numbers and inline
 * codes; spaces are left out. Each token has the text as written and a key to compare: NFKC, width- and case-folded,
 * with every number as {@code #} and every code as {@code §}, so that those differences are penalties, not edits.
 */
record MatchTokens(List<Token> tokens) {

    static final String NUMBER = "#";
    static final String CODE = "§";
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    enum Kind {
        WORD,
        NUMBER,
        CODE
    }

    /** One token: as written, its comparison key, and what it is. */
    record Token(String text, String key, Kind kind) {}

    static MatchTokens of(String sentence, String locale) {
        List<Token> tokens = new ArrayList<>();
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(locale));
        words.setText(sentence);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String piece = sentence.substring(start, end);
            if (piece.isBlank()) {
                continue;
            }
            if (piece.length() == 1 && CodeMarkers.isMarker(piece.charAt(0))) {
                tokens.add(new Token(piece, CODE, Kind.CODE));
            } else if (isNumber(piece)) {
                tokens.add(new Token(piece, NUMBER, Kind.NUMBER));
            } else if (isUnspaced(piece)) {
                piece.codePoints().forEach(c -> {
                    String character = Character.toString(c);
                    tokens.add(new Token(character, NFKC_CASEFOLD.normalize(character), Kind.WORD));
                });
            } else {
                splitCodes(piece, tokens);
            }
        }
        return new MatchTokens(List.copyOf(tokens));
    }

    List<String> keys() {
        return tokens.stream().map(Token::key).toList();
    }

    List<String> texts(Kind kind) {
        return tokens.stream().filter(t -> t.kind() == kind).map(Token::text).toList();
    }

    /** A word the break iterator left with a code marker inside (codes glued to letters) is cut at the markers. */
    private static void splitCodes(String piece, List<Token> tokens) {
        StringBuilder word = new StringBuilder();
        for (char c : piece.toCharArray()) {
            if (CodeMarkers.isMarker(c)) {
                addWord(word, tokens);
                tokens.add(new Token(String.valueOf(c), CODE, Kind.CODE));
            } else {
                word.append(c);
            }
        }
        addWord(word, tokens);
    }

    private static void addWord(StringBuilder word, List<Token> tokens) {
        if (!word.isEmpty()) {
            String text = word.toString();
            tokens.add(new Token(text, NFKC_CASEFOLD.normalize(text), Kind.WORD));
            word.setLength(0);
        }
    }

    /** Digits with their separators: 12, 3.5, 1,000,000, ٣٤ (any script's digits). */
    private static boolean isNumber(String piece) {
        boolean digit = false;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (UCharacter.isDigit(c)) {
                digit = true;
            } else if (c != '.' && c != ',' && c != '\u066B' && c != '\u066C') {
                return false;
            }
        }
        return digit;
    }

    private static boolean isUnspaced(String piece) {
        int script = UScript.getScript(piece.codePointAt(0));
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA;
    }
}
