package dev.tessera.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is acting now, for services that check permissions and record actors. */
@Component
public class CurrentUser {

    /**
     * The holder strategy this application context's security filters write to. Vaadin makes a strategy bean per
     * application context and installs it as the global one; where two contexts live in one JVM (the test suite),
     * the global one belongs to the newest, so a request to an older context is read through its own bean first.
     */
    private final SecurityContextHolderStrategy ownStrategy;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.ownStrategy = strategy.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    /** The highest role the signed-in user holds, if any. */
    public Optional<Role> role() {
        return authentication()
                .flatMap(auth -> Arrays.stream(Role.values())
                        .filter(role -> auth.getAuthorities().stream()
                                .map(GrantedAuthority::getAuthority)
                                .anyMatch(("ROLE_" + role.name())::equals))
                        .reduce((lower, higher) -> higher));
    }

    public boolean hasRole(Role role) {
        return role().map(r -> r.includes(role)).orElse(false);
    }

    /**
     * @return the username of the signed-in user
     * @throws NotPermittedException when nobody is signed in or the user's role is below {@code role}
     */
    public String require(Role role) {
        String name = username().orElseThrow(() -> new NotPermittedException("Sign in first."));
        if (!hasRole(role)) {
            throw new NotPermittedException("This needs the " + role + " role or higher.");
        }
        return name;
    }

    private Optional<Authentication> authentication() {
        Authentication auth = ownStrategy.getContext().getAuthentication();
        if (auth == null) {
            auth = SecurityContextHolder.getContext().getAuthentication();
        }
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }
}
