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
 */
public record Finding(String check, Severity severity, String message, String key, List<String> args) {

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public Finding(String check, Severity severity, String message) {
        this(check, severity, message, null, List.of());
    }
}
