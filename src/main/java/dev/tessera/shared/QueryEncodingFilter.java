package dev.tessera.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string whose percent-encoding is broken or not UTF-8 with a 400 and the API's JSON error, before
 * anything reads a parameter (Tomcat would otherwise throw from the first {@code getParameter}, wherever that is).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryEncodingFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !isWellEncoded(query)) {
            ApiErrors.write(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "validation_failed",
                    "The query string is not valid: every % must start a two-digit hex escape, the escaped bytes"
                            + " must be UTF-8, and control characters (such as %00) are not allowed.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether every escape is {@code %XX}, the bytes they make (with the plain characters) are UTF-8, and none is a
     * control character other than tab and line breaks (a NUL would otherwise reach the database, which refuses it).
     */
    static boolean isWellEncoded(String query) {
        if (query.indexOf('%') < 0) {
            // Tomcat refuses raw bytes outside ASCII and control characters itself: nothing left to check.
            return true;
        }
        // Tomcat hands the query over as its raw bytes, one char each.
        ByteBuffer bytes = ByteBuffer.allocate(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length()
                        || Character.digit(query.charAt(i + 1), 16) < 0
                        || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return false;
                }
                int value = Integer.parseInt(query.substring(i + 1, i + 3), 16);
                if (value < 0x20 && value != '\t' && value != '\n' && value != '\r' || value == 0x7f) {
                    return false;
                }
                bytes.put((byte) value);
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
