package dev.tessera.security;

import java.util.Arrays;
import java.util.List;

/** The role ladder: each role can do everything of the roles below it. */
public enum Role {
    TRANSLATOR, REVIEWER, MANAGER, ADMIN;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** This role and every role below it, as Spring authorities ({@code ROLE_…}). */
    public List<String> authorities() {
        return Arrays.stream(values()).filter(this::includes).map(r -> "ROLE_" + r.name()).toList();
    }
}
