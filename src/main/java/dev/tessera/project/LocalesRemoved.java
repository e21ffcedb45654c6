package dev.tessera.project;

import java.util.List;

/**
 * Target locales were taken from a project: the features that keep work per locale delete it for these documents,
 * in the same transaction.
 */
public record LocalesRemoved(String projectSlug, List<Long> documentIds, List<String> locales) {

    public LocalesRemoved {
        documentIds = List.copyOf(documentIds);
        locales = List.copyOf(locales);
    }
}
