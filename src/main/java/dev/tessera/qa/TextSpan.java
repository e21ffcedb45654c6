package dev.tessera.qa;

import java.util.List;

/**
 * Where in the target a finding points, and what could replace that span (a spelling or grammar checker's
 * suggestions, best first).
 *
 * @param start the first character of the span in the target
 * @param end one past its last character
 */
public record TextSpan(int start, int end, List<String> suggestions) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A span runs forwards from 0: " + start + ".." + end);
        }
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }
}
