package dev.tessera.project;

import java.util.List;

/** A project as other features see it. */
public record ProjectInfo(long id, String slug, String name, String sourceLocale, List<String> targetLocales) {

    public ProjectInfo {
        targetLocales = List.copyOf(targetLocales);
    }

    public boolean hasTargetLocale(String canonicalLocale) {
        return targetLocales.contains(canonicalLocale);
    }
}
