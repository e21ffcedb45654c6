package dev.tessera.glossary;

import java.util.List;

/**
 * What depends on glossaries (the stored findings of translations) and must follow their changes. Implemented
 * outside this feature; called in the changing transaction after {@link TermChanged} was published.
 */
public interface GlossaryDependents {

    /** Rechecks every translation of every project linking the glossary; answers those whose findings changed. */
    List<AffectedSegment> glossaryChanged(long glossaryId);

    /** Rechecks the project's translations after a glossary was linked or unlinked. */
    List<AffectedSegment> projectGlossariesChanged(long projectId);
}
