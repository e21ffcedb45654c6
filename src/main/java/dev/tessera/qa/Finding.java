package dev.tessera.qa;

import java.util.Objects;

/**
 * One QA finding on one segment.
 *
 * @param check the stable name of the check, for example {@code qa.numbers}
 * @param severity the severity after the project's overrides
 * @param message a short English sentence that says what to fix
 */
public record Finding(String check, Severity severity, String message) {

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
