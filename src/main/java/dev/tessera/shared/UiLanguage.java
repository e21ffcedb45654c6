package dev.tessera.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Tessera's screens speak. A new one is a message bundle ({@code i18n/messages_<suffix>.properties})
 * and a line here.
 */
public enum UiLanguage {
    ENGLISH("en", "English", false),
    CHINESE_SIMPLIFIED("zh-Hans", "简体中文", false),
    URDU("ur", "اردو", true),
    FRENCH("fr", "Français", false);

    private final String tag;
    private final String nativeName;
    private final boolean rightToLeft;
    private final Locale locale;

    UiLanguage(String tag, String nativeName, boolean rightToLeft) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The BCP 47 tag, as stored with a user: {@code zh-Hans}. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a language switch shows it. */
    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return locale;
    }

    /** The suffix of the language's message bundle: empty for English, the default. */
    public String bundleSuffix() {
        return this == ENGLISH ? "" : "_" + tag.replace('-', '_');
    }

    public static Optional<UiLanguage> byTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }

    /**
     * The language for a locale a browser asks for: the same language (any Chinese reads the simplified screens,
     * the only Chinese there is), else English.
     */
    public static UiLanguage of(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return Arrays.stream(values())
                .filter(l -> l.locale.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(ENGLISH);
    }
}
