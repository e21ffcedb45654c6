package dev.tessera.security;

import java.util.Arrays;
import java.util.List;

/** The role ladder: each role can do everything of the roles below it. */
public enum Role {
    TRANSLATOR,
    REVIEWER,
    MANAGER,
    ADMIN;

    /** The role named (in any case); null for null; 400 naming the roles otherwise. */
    public static Role parse(String name) {
        if (name == null) {
            return null;
        }
        try {
            return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw dev.tessera.shared.ApiException.validation(
                            "\"role\" must be one of " + java.util.Arrays.toString(values()) + ".")
                    .text("security.role-invalid", java.util.Arrays.toString(values()));
        }
    }

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** This role and every role below it, as Spring authorities ({@code ROLE_…}). */
    public List<String> authorities() {
        return Arrays.stream(values())
                .filter(this::includes)
                .map(r -> "ROLE_" + r.name())
                .toList();
    }
}
