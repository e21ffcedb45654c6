package dev.tessera.project;

import dev.tessera.security.Role;
import java.util.List;

/**
 * A member of a project: their role there and the target locales they may write (empty: every one).
 */
public record MemberInfo(String username, Role role, List<String> locales) {

    public MemberInfo {
        locales = List.copyOf(locales);
    }
}
