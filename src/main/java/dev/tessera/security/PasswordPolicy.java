package dev.tessera.security;

import dev.tessera.shared.ApiException;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: outside demo mode at least ten characters, not a common one, not the username, not a
 * run of three characters. Demo mode only asks for one that is not empty.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = Set.of(
            "password12",
            "1234567890",
            "qwertyuiop",
            "password123",
            "administrator",
            "changeme123",
            "letmein1234",
            "0123456789",
            "adminadmin");

    private PasswordPolicy() {}

    /** Why the password is not good enough, or null when it is. */
    static String problem(String username, String password, boolean demo) {
        ApiException refusal = refusal(username, password, demo);
        return refusal == null ? null : refusal.getMessage();
    }

    /** The refusal of a password that is not good enough, said for the API and for the screens; null when it is. */
    static ApiException refusal(String username, String password, boolean demo) {
        if (password == null || password.isEmpty()) {
            return ApiException.validation("The password is missing.").text("password.missing");
        }
        if (password.length() > MAX_LENGTH) {
            return ApiException.validation("The password is longer than " + MAX_LENGTH + " characters.")
                    .text("password.too-long", MAX_LENGTH);
        }
        if (demo) {
            return null;
        }
        if (password.length() < MIN_LENGTH) {
            return ApiException.validation(
                            "The password is too short: it needs at least " + MIN_LENGTH + " characters.")
                    .text("password.too-short", MIN_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)
                || username != null
                        && !username.isBlank()
                        && lower.contains(username.strip().toLowerCase(Locale.ROOT))
                || lower.chars().distinct().count() < 4) {
            return ApiException.validation("The password is too easy to guess; take a longer phrase.")
                    .text("password.too-easy");
        }
        return null;
    }

    static void check(String username, String password, boolean demo) {
        ApiException refusal = refusal(username, password, demo);
        if (refusal != null) {
            throw refusal;
        }
    }
}
