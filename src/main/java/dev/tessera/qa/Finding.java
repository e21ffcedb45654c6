package dev.tessera.qa;

import java.util.List;
import java.util.Objects;

/**
 * One QA finding on one segment.
 *
 * @param check the stable name of the check, for example {@code qa.numbers}
 * @param severity the severity after the project's overrides
 * @param message a short English sentence that says what to fix
 * @param key the same sentence's key in the screens' bundles ({@code qa-message.<key>}), or null
 * @param args the values of that sentence
 * @param span where in the target it points, or null
 */
public record Finding(String check, Severity severity, String message, String key, List<String> args, TextSpan span) {

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public Finding(String check, Severity severity, String message, String key, List<String> args) {
        this(check, severity, message, key, args, null);
    }

    /** The check's message with the severity it has in a project. */
    public static Finding of(String check, Severity severity, QaMessage message) {
        return new Finding(check, severity, message.text(), message.key(), message.args(), message.span());
    }

    public Finding(String check, Severity severity, String message) {
        this(check, severity, message, null, List.of());
    }
}
