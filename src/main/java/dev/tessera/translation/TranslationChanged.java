package dev.tessera.translation;

import java.util.Set;

/**
 * Segments of a document changed in a locale: text, status, findings or waivers. Published inside the writing
 * transaction; listeners that show it to people wait for the commit.
 *
 * @param segmentIds the segments that changed; empty when too many changed to name (refresh everything)
 */
public record TranslationChanged(long documentId, String locale, Set<Long> segmentIds) {

    public TranslationChanged {
        segmentIds = Set.copyOf(segmentIds);
    }

    public boolean everything() {
        return segmentIds.isEmpty();
    }
}
