package dev.tessera.security;

import dev.tessera.shared.ApiErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in by a personal token ({@code Authorization: Bearer tsr_…}) with its user's current role.
 * A bad token is answered 401 here; requests without a bearer token go on to HTTP Basic.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer";

    private final TokenService tokens;
    private final SecurityContextHolderStrategy contexts;

    /** Writes to the same holder strategy as the chain's other filters and {@link CurrentUser} (see there why). */
    BearerTokenFilter(TokenService tokens, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.tokens = tokens;
        this.contexts = strategy.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String[] schemeAndToken =
                header == null ? new String[] {""} : header.strip().split("\\s+", 2);
        if (!schemeAndToken[0].equalsIgnoreCase(SCHEME)) {
            chain.doFilter(request, response);
            return;
        }
        switch (tokens.authenticate(schemeAndToken.length == 2 ? schemeAndToken[1] : "")) {
            case TokenService.Refused refused -> {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Tessera\", error=\"invalid_token\"");
                ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", refused.reason());
            }
            case TokenService.Accepted accepted -> {
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(new TokenAuthentication(accepted.username(), accepted.role()));
                contexts.setContext(context);
                chain.doFilter(request, response);
            }
        }
    }

    /** A request signed in by an API token rather than a password. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final String username;

        TokenAuthentication(String username, Role role) {
            super(AuthorityUtils.createAuthorityList(role.authorities()));
            this.username = username;
            setAuthenticated(true);
        }

        @Override
        public Object getPrincipal() {
            return username;
        }

        @Override
        public Object getCredentials() {
            return null;
        }
    }
}
