package dev.tessera.proofing;

import java.util.Map;
import java.util.Set;
import org.languagetool.rules.AbstractSimpleReplaceRule;
import org.languagetool.rules.AbstractSimpleReplaceRule2;
import org.languagetool.rules.CommaWhitespaceRule;
import org.languagetool.rules.DoublePunctuationRule;
import org.languagetool.rules.GenericUnpairedBracketsRule;
import org.languagetool.rules.GenericUnpairedQuotesRule;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.MultipleWhitespaceRule;
import org.languagetool.rules.Rule;
import org.languagetool.rules.SentenceWhitespaceRule;
import org.languagetool.rules.UppercaseSentenceStartRule;
import org.languagetool.rules.WhitespaceBeforePunctuationRule;
import org.languagetool.rules.WordRepeatRule;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Which of the four language checks a LanguageTool rule belongs to, by what it checks: LanguageTool's own categories
 * differ per language and file some rules where a translator would not look for them (the French space before
 * {@code : ; ! ?} is "miscellaneous"). First the rules named here, then the kind of rule, then the category, then
 * the rule's quality issue type; anything else is style (off unless a manager turns it on).
 */
final class RuleKinds {

    private static final Map<String, LanguageCheck> BY_ID = Map.ofEntries(
            Map.entry("FRENCH_WHITESPACE", LanguageCheck.TYPOGRAPHY),
            Map.entry("FRENCH_WHITESPACE_STRICT", LanguageCheck.TYPOGRAPHY),
            Map.entry("FRENCH_WORD_REPEAT_RULE", LanguageCheck.TYPOGRAPHY),
            Map.entry("FR_COMPOUNDS", LanguageCheck.SPELLING),
            Map.entry("APOS_TYP", LanguageCheck.TYPOGRAPHY),
            Map.entry("APOS_INCORRECT", LanguageCheck.TYPOGRAPHY),
            // a segment's final full stop: qa.punctuation judges it against the source (a title or a list item has
            // none), so LanguageTool's own rule, which wants one after every text, is only style
            Map.entry("POINT", LanguageCheck.STYLE),
            // advice on the choice of a tense or of a word, not errors
            Map.entry("CONFUSION_IMPA_PSIM", LanguageCheck.STYLE),
            Map.entry("COND_VS_FUTUR", LanguageCheck.STYLE),
            Map.entry("GENS_ACCORD", LanguageCheck.STYLE),
            // LanguageTool's hints on agreement that its own messages ask to check ("Vérifiez l'accord…"): wrong on
            // most published translations, so they are style to review, not grammar errors
            Map.entry("AGREEMENT_NUMERAL_PLURAL", LanguageCheck.STYLE),
            Map.entry("QUE_AVOIR", LanguageCheck.STYLE),
            Map.entry("LEURS_LEUR", LanguageCheck.STYLE));

    /**
     * Rules that guess, filed as style: most of their findings on professional translations are wrong (measured on
     * TICO-19's French, where subject–verb agreement was right 2 times in 11, participle agreement after être 0 in
     * 8). Agreement across a distance (a subject and its verb, a participle and its subject, a relative clause and
     * its antecedent, a quantity and what it counts) and a choice between two correct spellings that depends on the
     * meaning ("peut être", "puis que", "tel que") cannot be read off the words nearby; the rules kept in grammar
     * look at neighbouring words (a determiner and its noun, an auxiliary and its participle, an elision).
     */
    private static final Set<String> GUESSES = Set.of(
            "ACCORD_SUJET_VERBE",
            "ETRE_VPPA_OU_ADJ",
            "QUI_VCONJ",
            "AUX_ETRE_VCONJ",
            "ACCORD_LA_PLUPART_DES",
            "ACCORD_DE_LA_QUANTITE",
            "ACCORD_CENTAINE_DE",
            "QUE_V_IND",
            "J_N",
            "CONFUSION_TEL_TELLE",
            "PEUTETRE",
            "PUIS_QUE",
            "NORD_SUD",
            "MOT_TRAIT_MOT",
            "PLURIEL_AL2",
            "DETERMINER_SENT_END",
            "PAS_DE_VERBE_APRES_POSSESSIF_DEMONSTRATIF",
            // commas the rule thinks an enumeration lacks: punctuation by taste, as PONCTUATION_VIRGULE is
            "ENUMERATION");

    private static final Map<String, LanguageCheck> BY_CATEGORY = Map.ofEntries(
            Map.entry("TYPOGRAPHY", LanguageCheck.TYPOGRAPHY),
            Map.entry("PUNCTUATION", LanguageCheck.TYPOGRAPHY),
            Map.entry("CAT_TYPOGRAPHIE", LanguageCheck.TYPOGRAPHY),
            Map.entry("PONCTUATION_POINT", LanguageCheck.TYPOGRAPHY),
            Map.entry("MULTITOKEN_SPELLING", LanguageCheck.SPELLING),
            Map.entry("COMPOUNDING", LanguageCheck.SPELLING),
            Map.entry("TYPOS", LanguageCheck.GRAMMAR),
            Map.entry("GRAMMAR", LanguageCheck.GRAMMAR),
            Map.entry("AGREEMENT", LanguageCheck.GRAMMAR),
            Map.entry("CONFUSED_WORDS", LanguageCheck.GRAMMAR),
            Map.entry("CASING", LanguageCheck.GRAMMAR),
            Map.entry("SEMANTICS", LanguageCheck.GRAMMAR),
            Map.entry("CAT_GRAMMAIRE", LanguageCheck.GRAMMAR),
            Map.entry("CAT_HOMONYMES_PARONYMES", LanguageCheck.GRAMMAR),
            Map.entry("CAT_ELISION", LanguageCheck.GRAMMAR),
            Map.entry("CAT_MAJUSCULES", LanguageCheck.GRAMMAR));

    private static final Set<String> STYLE_CATEGORIES =
            Set.of("STYLE", "REDUNDANCY", "COLLOCATIONS", "REPETITIONS_STYLE", "MISC", "PONCTUATION_VIRGULE");

    private RuleKinds() {}

    static LanguageCheck of(Rule rule) {
        LanguageCheck named = BY_ID.get(rule.getId());
        if (named != null) {
            return named;
        }
        if (GUESSES.contains(rule.getId())) {
            return LanguageCheck.STYLE;
        }
        if (rule instanceof SpellingCheckRule) {
            return LanguageCheck.SPELLING;
        }
        if ((rule instanceof AbstractSimpleReplaceRule || rule instanceof AbstractSimpleReplaceRule2)
                && rule.getCategory().getId().toString().equals("TYPOS")) {
            return LanguageCheck.SPELLING;
        }
        if (rule instanceof GenericUnpairedBracketsRule || rule instanceof GenericUnpairedQuotesRule) {
            // qa.brackets judges the balance against the source (and a segment may close what the previous opened)
            return LanguageCheck.STYLE;
        }
        if (rule instanceof MultipleWhitespaceRule
                || rule instanceof CommaWhitespaceRule
                || rule instanceof DoublePunctuationRule
                || rule instanceof SentenceWhitespaceRule
                || rule instanceof WhitespaceBeforePunctuationRule
                || rule instanceof WordRepeatRule) {
            return LanguageCheck.TYPOGRAPHY;
        }
        if (rule instanceof UppercaseSentenceStartRule) {
            return LanguageCheck.GRAMMAR;
        }
        return byCategory(rule);
    }

    private static LanguageCheck byCategory(Rule rule) {
        String category = rule.getCategory().getId().toString();
        LanguageCheck mapped = BY_CATEGORY.get(category);
        if (mapped != null) {
            return mapped;
        }
        if (STYLE_CATEGORIES.contains(category)) {
            return LanguageCheck.STYLE;
        }
        ITSIssueType type = rule.getLocQualityIssueType();
        if (type == ITSIssueType.Misspelling) {
            return LanguageCheck.SPELLING;
        }
        if (type == ITSIssueType.Typographical || type == ITSIssueType.Whitespace || type == ITSIssueType.Duplication) {
            return LanguageCheck.TYPOGRAPHY;
        }
        if (type == ITSIssueType.Grammar) {
            return LanguageCheck.GRAMMAR;
        }
        return LanguageCheck.STYLE;
    }
}
