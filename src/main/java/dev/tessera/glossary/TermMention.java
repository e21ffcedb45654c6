package dev.tessera.glossary;

import java.util.List;

/**
 * A glossary term found in a segment's source, as the segment list shows it.
 *
 * @param text the term as it stands in the source
 * @param start offset in the source (UTF-16 code units)
 * @param end offset in the source, exclusive
 * @param renderings the approved renderings in the target locale, preferred first (for a do-not-translate term
 *     without renderings of its own: the source form)
 * @param forbidden the forbidden renderings in the target locale
 */
public record TermMention(
        String text, int start, int end, long conceptId, List<String> renderings, List<String> forbidden) {

    public TermMention {
        renderings = List.copyOf(renderings);
        forbidden = List.copyOf(forbidden);
    }
}
