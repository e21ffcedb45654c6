package dev.tessera.project;

import dev.tessera.security.Role;
import java.util.List;

/**
 * A member of a project: their role there, the target locales they may write (empty: every one), and whether they
 * sign off approved segments where the project has a second review step.
 */
public record MemberInfo(String username, Role role, List<String> locales, boolean signsOff) {

    public MemberInfo {
        locales = List.copyOf(locales);
    }
}
