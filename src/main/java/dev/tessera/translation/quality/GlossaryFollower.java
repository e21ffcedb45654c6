package dev.tessera.translation.quality;

import dev.tessera.glossary.AffectedSegment;
import dev.tessera.glossary.GlossaryDependents;
import dev.tessera.glossary.TermIndex;
import dev.tessera.project.ProjectService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Keeps the stored glossary findings of translations in step with the glossaries of their projects. */
@Component
class GlossaryFollower implements GlossaryDependents {

    private final QualityService quality;
    private final ProjectService projects;
    private final TermIndex terms;

    GlossaryFollower(QualityService quality, ProjectService projects, TermIndex terms) {
        this.quality = quality;
        this.projects = projects;
        this.terms = terms;
    }

    @Override
    public List<AffectedSegment> glossaryChanged(long glossaryId) {
        List<AffectedSegment> affected = new ArrayList<>();
        for (long projectId : terms.projectsLinking(glossaryId)) {
            affected.addAll(projectGlossariesChanged(projectId));
        }
        return affected;
    }

    @Override
    public List<AffectedSegment> projectGlossariesChanged(long projectId) {
        return projects.project(projectId).map(quality::recheckGlossary).orElse(List.of());
    }
}
