package dev.tessera.security;

import dev.tessera.shared.ApiErrors;
import dev.tessera.shared.DatabaseUnreachable;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** JSON answers for the API when authentication is missing or wrong (401) or the role is too low (403). */
final class ApiAuthenticationErrors {

    static final String LOCKED = "Too many failed sign-ins for this username: sign-in is refused for "
            + LoginThrottle.LOCK.toMinutes() + " minutes from the last of them.";

    private ApiAuthenticationErrors() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (DatabaseUnreachable.causes(e)) {
                // Not a wrong password: the account could not be read.
                DatabaseUnreachable.answer(response);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Tessera\", charset=\"UTF-8\"");
            String message = e instanceof DisabledException
                    ? "This account is disabled; ask an administrator."
                    : e instanceof LockedException
                            ? LOCKED
                            : "Sign in with HTTP Basic authentication (username and password) or an API token.";
            ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", message);
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> ApiErrors.write(
                response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Your role does not allow this.");
    }
}
