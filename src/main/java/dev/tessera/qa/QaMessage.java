package dev.tessera.qa;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a check says about a segment: the English sentence (stored, and answered by the REST API) and, for the screens,
 * the key of the same sentence in the UI's message bundles ({@code qa-message.<key>}) with its values, so that a
 * Chinese, Urdu or French page says it in its language. A message without a key is shown in English everywhere.
 * A message may point at a span of the target ({@code span}, null when it speaks of the whole segment).
 */
public record QaMessage(String text, String key, List<String> args, TextSpan span) {

    public QaMessage {
        Objects.requireNonNull(text, "text");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public QaMessage(String text, String key, List<String> args) {
        this(text, key, args, null);
    }

    /** The same message, pointing at a span of the target. */
    public QaMessage at(TextSpan span) {
        return new QaMessage(text, key, args, span);
    }

    /**
     * Values keep their kind: a count ({@code #3}, for plurals), a list of alternatives ({@code *a␞b}, said "a or b"
     * in the reader's language) or a text ({@code =07}, a number as written).
     */
    public static QaMessage of(String key, String text, Object... args) {
        return new QaMessage(
                text, key, Arrays.stream(args).map(QaMessage::encode).toList());
    }

    private static String encode(Object arg) {
        if (arg instanceof Number n) {
            return "#" + n.longValue();
        }
        if (arg instanceof List<?> items) {
            return "*" + String.join(ITEMS, items.stream().map(String::valueOf).toList());
        }
        return "=" + arg;
    }

    private static final String ITEMS = "\u001E";

    /** The values as a message pattern in {@code locale} takes them: counts as numbers, lists said, texts as they are. */
    public static Object[] values(List<String> args, Locale locale) {
        return args.stream().map(arg -> value(arg, locale)).toArray();
    }

    private static Object value(String arg, Locale locale) {
        if (arg.startsWith("#")) {
            try {
                return Long.parseLong(arg.substring(1));
            } catch (NumberFormatException e) {
                return arg.substring(1);
            }
        }
        if (arg.startsWith("*")) {
            return ListFormatter.getInstance(ULocale.forLocale(locale), ListFormatter.Type.OR, ListFormatter.Width.WIDE)
                    .format(List.of(arg.substring(1).split(ITEMS, -1)));
        }
        return arg.startsWith("=") ? arg.substring(1) : arg;
    }

    /** A message only in English. */
    public static QaMessage plain(String text) {
        return new QaMessage(text, null, List.of());
    }
}
