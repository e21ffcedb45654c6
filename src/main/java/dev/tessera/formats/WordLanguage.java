package dev.tessera.formats;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The language of translated runs as Word marks it: {@code w:lang} (its East Asian or complex-script slot), {@code w:rtl}. */
final class WordLanguage {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "ur", "fa", "he", "ps", "sd", "yi", "dv", "ug");
    private static final Set<String> EAST_ASIAN = Set.of("zh", "ja", "ko");
    private static final Map<String, String> WORD_TAGS = Map.of(
            "zh-hans", "zh-CN", "zh-hant", "zh-TW", "zh", "zh-CN", "fr", "fr-FR", "ur", "ur-PK", "ar", "ar-SA", "en",
            "en-US", "de", "de-DE", "es", "es-ES");
    private static final Pattern LANG_OR_RTL = Pattern.compile("<w:lang\\b[^>]*/>|<w:rtl\\b[^>]*/>");
    private static final Pattern RTL_BEFORE =
            Pattern.compile("<w:(?:cs|em|eastAsianLayout|specVanish|oMath|rPrChange)\\b|</w:rPr>");
    private static final Pattern LANG_BEFORE =
            Pattern.compile("<w:(?:eastAsianLayout|specVanish|oMath|rPrChange)\\b|</w:rPr>");

    private WordLanguage() {}

    static boolean rightToLeft(String locale) {
        return RIGHT_TO_LEFT.contains(language(locale));
    }

    /** The run properties with the locale's language (and direction) in place of the ones they had. */
    static String mark(String properties, String locale) {
        if (locale == null) {
            return properties;
        }
        String language = language(locale);
        String tag = WORD_TAGS.getOrDefault(
                locale.toLowerCase(Locale.ROOT).replace('_', '-'), WORD_TAGS.getOrDefault(language, locale));
        String slot = EAST_ASIAN.contains(language) ? "w:eastAsia" : rightToLeft(locale) ? "w:bidi" : "w:val";
        String lang = "<w:lang " + slot + "=\"" + tag + "\"/>";
        String rtl = rightToLeft(locale) ? "<w:rtl/>" : "";
        String cleaned = LANG_OR_RTL.matcher(properties).replaceAll("");
        if (cleaned.isEmpty() || cleaned.matches("<w:rPr\\s*/>")) {
            return "<w:rPr>" + rtl + lang + "</w:rPr>";
        }
        cleaned = insertBefore(cleaned, RTL_BEFORE, rtl);
        return insertBefore(cleaned, LANG_BEFORE, lang);
    }

    private static String insertBefore(String properties, Pattern before, String element) {
        if (element.isEmpty()) {
            return properties;
        }
        Matcher at = before.matcher(properties);
        int position = at.find() ? at.start() : properties.length();
        return properties.substring(0, position) + element + properties.substring(position);
    }

    private static String language(String locale) {
        return locale.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }
}
