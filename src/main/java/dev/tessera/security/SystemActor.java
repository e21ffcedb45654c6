package dev.tessera.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs start-up work (demo data, folder imports) as the built-in administrator "system". */
public final class SystemActor {

    public static final String NAME = "system";

    private SystemActor() {}

    public static <T> T call(Supplier<T> work) {
        return callAs(NAME, Role.ADMIN, work);
    }

    /** Runs the work as the named user with the role, for start-up work done in someone's name (demo data). */
    public static <T> T callAs(String username, Role role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(role.authorities())));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
