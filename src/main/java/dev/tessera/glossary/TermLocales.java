package dev.tessera.glossary;

import com.ibm.icu.util.ULocale;

/**
 * Which project locale a term's locale serves: the same language and script once likely subtags are added, so
 * {@code zh-CN} serves {@code zh-Hans}, {@code zh-TW} serves {@code zh-Hant}, {@code ur-PK} serves {@code ur}
 * and {@code en-US} serves {@code en}.
 */
final class TermLocales {

    private TermLocales() {}

    static boolean serves(String termLocale, String projectLocale) {
        return key(termLocale).equals(key(projectLocale));
    }

    /** Language and script, for example {@code zh-Hans} for {@code zh-CN}. */
    static String key(String locale) {
        return dev.tessera.shared.Locales.languageAndScript(locale);
    }

    static String language(String locale) {
        return ULocale.forLanguageTag(locale.replace('_', '-')).getLanguage();
    }
}
