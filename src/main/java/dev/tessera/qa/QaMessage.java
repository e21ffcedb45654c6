package dev.tessera.qa;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a check says about a segment: the English sentence (stored, and answered by the REST API) and, for the screens,
 * the key of the same sentence in the UI's message bundles ({@code qa-message.<key>}) with its values, so that a
 * Chinese, Urdu or French page says it in its language. A message without a key is shown in English everywhere.
 */
public record QaMessage(String text, String key, List<String> args) {

    public QaMessage {
        Objects.requireNonNull(text, "text");
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** Values keep their kind: a count ({@code #3}, for plurals) or a text ({@code =07}, a number as written). */
    public static QaMessage of(String key, String text, Object... args) {
        return new QaMessage(
                text,
                key,
                Arrays.stream(args)
                        .map(arg -> arg instanceof Number n ? "#" + n.longValue() : "=" + arg)
                        .toList());
    }

    /** The values as a message pattern takes them: counts as numbers, texts as they are. */
    public static Object[] values(List<String> args) {
        return args.stream().map(QaMessage::value).toArray();
    }

    private static Object value(String arg) {
        if (arg.startsWith("#")) {
            try {
                return Long.parseLong(arg.substring(1));
            } catch (NumberFormatException e) {
                return arg.substring(1);
            }
        }
        return arg.startsWith("=") ? arg.substring(1) : arg;
    }

    /** A message only in English. */
    public static QaMessage plain(String text) {
        return new QaMessage(text, null, List.of());
    }
}
