package dev.tessera.qa;

import java.util.List;

/**
 * A feature that contributes checks of its own (the glossary's {@code glossary.*}), so that project settings list
 * them and accept their names. The checks given here only need their names and default severities; the feature
 * runs working instances itself.
 */
public interface QaCheckContributor {

    List<QaCheck> checks();
}
