package dev.tessera.shared;

import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/** Locale tags as clients may write them ({@code zh_hans}) turned into canonical BCP 47 ({@code zh-Hans}). */
public final class Locales {

    private Locales() {}

    /**
     * @return the canonical BCP 47 form of the tag
     * @throws ApiException validation_failed when the tag is blank, ill-formed, or names a language ICU does not know
     */
    public static String canonical(String tag) {
        if (tag == null || tag.isBlank()) {
            throw ApiException.validation("A locale is required, for example \"zh-Hans\".")
                    .text("shared.locale-missing");
        }
        ULocale locale;
        try {
            locale = new ULocale.Builder()
                    .setLanguageTag(tag.strip().replace('_', '-'))
                    .build();
        } catch (IllformedLocaleException e) {
            throw ApiException.validation("\"" + tag + "\" is not a well-formed BCP 47 locale tag.")
                    .text("shared.locale-malformed", tag);
        }
        String language = locale.getLanguage();
        if (language.isEmpty() || !isKnownLanguage(language)) {
            throw ApiException.validation(
                            "The language of \"" + tag + "\" is not known; use an ISO 639 code such as en, fr, ur, zh.")
                    .text("shared.locale-unknown", tag);
        }
        return locale.toLanguageTag();
    }

    private static boolean isKnownLanguage(String language) {
        String name = ULocale.getDisplayLanguage(language, ULocale.ENGLISH);
        return !name.isEmpty() && !name.toLowerCase(Locale.ROOT).equals(language);
    }

    /** The language part of a canonical tag: {@code zh} for {@code zh-Hans}. */
    public static String language(String canonicalTag) {
        return ULocale.forLanguageTag(canonicalTag).getLanguage();
    }

    /** What joins two sentences of a paragraph in the language: a space, or nothing where words are not spaced. */
    public static String sentenceSeparator(String languageOrLocale) {
        return UNSPACED.contains(language(languageOrLocale)) ? "" : " ";
    }

    private static final java.util.Set<String> UNSPACED = java.util.Set.of("zh", "ja", "th", "lo", "km", "my");

    private static final java.util.Map<String, String> LANGUAGE_AND_SCRIPT =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Language and script once likely subtags are added: {@code zh-Hans} for {@code zh-CN}, {@code en-Latn} for {@code en-US}. */
    public static String languageAndScript(String locale) {
        return LANGUAGE_AND_SCRIPT.computeIfAbsent(locale == null ? "" : locale, tag -> {
            ULocale full = ULocale.addLikelySubtags(ULocale.forLanguageTag(tag.replace('_', '-')));
            return full.getLanguage() + "-" + full.getScript();
        });
    }

    /** The candidate that is the locale, or else the first of the same language and script ({@code zh-CN} → {@code zh-Hans}). */
    public static java.util.Optional<String> matching(String locale, java.util.List<String> candidates) {
        if (candidates.contains(locale)) {
            return java.util.Optional.of(locale);
        }
        return candidates.stream()
                .filter(c -> languageAndScript(c).equals(languageAndScript(locale)))
                .findFirst();
    }
}
