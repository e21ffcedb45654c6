package dev.tessera.qa;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code qa.identical}: the target is the source again (ignoring case and whitespace), which usually means
 * it was not translated. Not reported when the source has no words to translate: only numbers, codes
 * (tokens with digits or underscores), URLs, e-mail addresses and punctuation.
 */
public final class IdenticalCheck implements QaCheck {

    public static final String NAME = "qa.identical";

    private static final Pattern UNTRANSLATABLE =
            Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+|\\S*[\\p{Nd}_/\\\\]\\S*");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaMessage> messages(
            String source, String target, String sourceLocale, String targetLocale, CheckContext context) {
        if (Texts.isBlank(target) || !hasWords(source)) {
            return List.of();
        }
        if (!squeeze(source).equals(squeeze(target))) {
            return List.of();
        }
        if (Texts.language(sourceLocale).equals(Texts.language(targetLocale))
                && !Texts.language(sourceLocale).isEmpty()) {
            return List.of(); // en → en-GB may well keep the text
        }
        return List.of(QaMessage.of("identical", "The target is the same as the source; translate it."));
    }

    /** True when something other than numbers, codes, URLs and punctuation has letters. */
    static boolean hasWords(String source) {
        String rest = UNTRANSLATABLE.matcher(source).replaceAll(" ");
        return rest.codePoints().anyMatch(Character::isLetter);
    }

    private static String squeeze(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> !Texts.isSpace(cp) && !Texts.isInvisible(cp))
                .forEach(s::appendCodePoint);
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
