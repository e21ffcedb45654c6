package dev.tessera.memory;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import dev.tessera.shared.CodeMarkers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** A word break iterator per thread and locale: making one costs more than cutting a sentence with it. */
    private static final ThreadLocal<Map<String, BreakIterator>> WORDS = ThreadLocal.withInitial(HashMap::new);

    enum Kind {
        WORD,
        NUMBER,
        CODE
    }

    /** One token: as written, its comparison key, what it is, and where it starts in the sentence. */
    record Token(String text, String key, Kind kind, int start) {

        int end() {
            return start + text.length();
        }
    }

    static MatchTokens of(String sentence, String locale) {
        List<Token> tokens = new ArrayList<>();
        BreakIterator words =
                WORDS.get().computeIfAbsent(locale, tag -> BreakIterator.getWordInstance(ULocale.forLanguageTag(tag)));
        words.setText(sentence);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String piece = sentence.substring(start, end);
            if (piece.isBlank()) {
                continue;
            }
            if (piece.length() == 1 && CodeMarkers.isMarker(piece.charAt(0))) {
                tokens.add(new Token(piece, CODE, Kind.CODE, start));
            } else if (isNumber(piece)) {
                tokens.add(new Token(piece, NUMBER, Kind.NUMBER, start));
            } else if (isUnspaced(piece)) {
                for (int i = 0; i < piece.length(); ) {
                    String character = Character.toString(piece.codePointAt(i));
                    tokens.add(new Token(character, NFKC_CASEFOLD.normalize(character), Kind.WORD, start + i));
                    i += character.length();
                }
            } else {
                splitCodes(piece, start, tokens);
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
    private static void splitCodes(String piece, int start, List<Token> tokens) {
        int wordStart = 0;
        for (int i = 0; i < piece.length(); i++) {
            if (CodeMarkers.isMarker(piece.charAt(i))) {
                addWord(piece.substring(wordStart, i), start + wordStart, tokens);
                tokens.add(new Token(String.valueOf(piece.charAt(i)), CODE, Kind.CODE, start + i));
                wordStart = i + 1;
            }
        }
        addWord(piece.substring(wordStart), start + wordStart, tokens);
    }

    private static void addWord(String text, int start, List<Token> tokens) {
        if (!text.isEmpty()) {
            tokens.add(new Token(text, NFKC_CASEFOLD.normalize(text), Kind.WORD, start));
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
