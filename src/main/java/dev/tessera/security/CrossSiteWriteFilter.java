package dev.tessera.security;

import dev.tessera.shared.ApiErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API has no CSRF token (its clients are scripts), so a browser that remembers Basic credentials could be
 * made to write from another site with a plain form post. Browsers mark such requests with Sec-Fetch-Site;
 * writes they mark as coming from another site are refused.
 */
class CrossSiteWriteFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        if (!SAFE_METHODS.contains(request.getMethod()) && ("cross-site".equals(site) || "same-site".equals(site))) {
            ApiErrors.write(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "forbidden",
                    "Writes from another site's page are refused; call the API from a script or from Tessera itself.");
            return;
        }
        chain.doFilter(request, response);
    }
}
