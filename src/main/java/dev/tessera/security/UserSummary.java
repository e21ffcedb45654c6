package dev.tessera.security;

/** A user as administrators see them; never the password. */
public record UserSummary(String username, String displayName, Role role, boolean enabled) {

    static UserSummary of(UserAccount account) {
        return new UserSummary(account.username(), account.displayName(), account.role(), account.enabled());
    }
}
