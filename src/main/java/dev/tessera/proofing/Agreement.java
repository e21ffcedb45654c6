package dev.tessera.proofing;

import java.util.Locale;
import java.util.Set;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.RuleMatch;

/**
 * Whether a finding of LanguageTool's French rules on an adjective that does not agree with its noun
 * ({@code AGREEMENT_POSTPONED_ADJ}, {@code AGREEMENT_PARTICULAR}, {@code J_N2}) is doubtful, judged by the words
 * around it as LanguageTool tagged them: a word of the finding can be a verb or a participle ("les cabinets
 * participant effectueront", "ces derniers possédant"), the adjective follows nouns joined by "et", "ou" or a comma
 * and agrees with all of them ("un visage ou des lèvres bleus"), the noun before it has one form for both numbers
 * ("les 6 % de cas restants"), or the word is the first part of a hyphenated name ({@code bêta-CoV}). On TICO-19's
 * French these rules made 15 findings: the 10 such cases were all wrong, the 5 others all right. Plain.
 */
final class Agreement {

    static final Set<String> RULES = Set.of("AGREEMENT_POSTPONED_ADJ", "AGREEMENT_PARTICULAR", "J_N2");

    /** How far back a coordination still joins the adjective's nouns. */
    private static final int NOUN_PHRASE = 4;

    private static final Set<String> COORDINATIONS = Set.of("et", "ou", ",");

    private Agreement() {}

    static boolean doubtful(RuleMatch match) {
        if (!RULES.contains(match.getRule().getId()) || match.getSentence() == null) {
            return false;
        }
        AnalyzedTokenReadings[] tokens = match.getSentence().getTokensWithoutWhitespace();
        int at = indexAt(tokens, match.getFromPosSentence());
        if (at < 0) {
            return false;
        }
        for (int i = at; i < tokens.length && tokens[i].getStartPos() < match.getToPosSentence(); i++) {
            if (tokens[i].matchesPosTagRegex("V .*")) {
                return true;
            }
        }
        if (at + 1 < tokens.length && tokens[at + 1].getToken().equals("-")) {
            return true;
        }
        AnalyzedTokenReadings before = tokens[at - 1];
        if (before.matchesPosTagRegex("N . sp")) {
            return true;
        }
        for (int i = Math.max(1, at - NOUN_PHRASE); i < at; i++) {
            if (COORDINATIONS.contains(tokens[i].getToken().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The token starting at the sentence position, past the sentence-start token; -1 if none does. */
    private static int indexAt(AnalyzedTokenReadings[] tokens, int position) {
        for (int i = 1; i < tokens.length; i++) {
            if (tokens[i].getStartPos() == position) {
                return i;
            }
        }
        return -1;
    }
}
