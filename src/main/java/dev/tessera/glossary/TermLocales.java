package dev.tessera.glossary;

import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which project locale a term's locale serves: the same language and script once likely subtags are added, so
 * {@code zh-CN} serves {@code zh-Hans}, {@code zh-TW} serves {@code zh-Hant}, {@code ur-PK} serves {@code ur}
 * and {@code en-US} serves {@code en}.
 */
final class TermLocales {

    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private TermLocales() {
    }

    static boolean serves(String termLocale, String projectLocale) {
        return key(termLocale).equals(key(projectLocale));
    }

    /** Language and script, for example {@code zh-Hans} for {@code zh-CN}. */
    static String key(String locale) {
        return KEYS.computeIfAbsent(locale == null ? "" : locale, tag -> {
            ULocale full = ULocale.addLikelySubtags(ULocale.forLanguageTag(tag.replace('_', '-')));
            return full.getLanguage() + "-" + full.getScript();
        });
    }

    static String language(String locale) {
        return ULocale.forLanguageTag(locale.replace('_', '-')).getLanguage();
    }
}
