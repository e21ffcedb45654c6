package dev.tessera.project;

import java.util.List;

/**
 * A project as other features see it.
 *
 * @param open every signed-in user works on it with their global role; when closed, only its members see it
 */
public record ProjectInfo(
        long id, String slug, String name, String sourceLocale, List<String> targetLocales, boolean open) {

    public ProjectInfo {
        targetLocales = List.copyOf(targetLocales);
    }

    public boolean hasTargetLocale(String canonicalLocale) {
        return targetLocales.contains(canonicalLocale);
    }
}
