package dev.tessera.translation.quality;

import java.util.Set;

/** A manager changed the severities of these checks in the project. */
public record QaSettingsChanged(long projectId, Set<String> checks) {

    public QaSettingsChanged {
        checks = Set.copyOf(checks);
    }
}
