package dev.tessera.memory;

import dev.tessera.project.ProjectAccess;
import dev.tessera.project.ProjectDeleted;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Locales;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The memories a project uses: its own, fed by its confirmed segments, and the ones a manager linked to it, read-only
 * or also written to, each with a penalty taken off its matches.
 */
@Service
public class ProjectMemories {

    static final int MAX_PENALTY = 100;

    private final MemoryRepository memories;
    private final MemoryUnitRepository units;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final MemoryIndexKeeper index;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProjectMemories(
            MemoryRepository memories,
            MemoryUnitRepository units,
            ProjectService projects,
            ProjectAccess access,
            MemoryIndexKeeper index,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.memories = memories;
        this.units = units;
        this.projects = projects;
        this.access = access;
        this.index = index;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** A memory as a project uses it; {@code own} for the project's own memory, which is always written to. */
    public record LinkedMemory(
            long id, String name, String sourceLocale, long units, boolean write, int penalty, boolean own) {}

    /** How the project's own memory learns: TRANSLATED segments too, and the penalty on those unapproved units. */
    public record Learning(boolean includeTranslated, int unapprovedPenalty) {}

    /** A memory a lookup reads, with what its matches cost. */
    record Source(long id, String name, @Nullable String projectSlug, int penalty, int unapprovedPenalty) {}

    @Transactional(readOnly = true)
    public List<LinkedMemory> links(String slug) {
        ProjectInfo project = projects.project(slug);
        Map<Long, Long> counts = memories.unitCounts();
        List<LinkedMemory> linked = new ArrayList<>();
        memories.findByProjectId(project.id())
                .ifPresent(own -> linked.add(new LinkedMemory(
                        own.id(), own.name(), own.sourceLocale(), counts.getOrDefault(own.id(), 0L), true, 0, true)));
        for (Link link : linksOf(project.id())) {
            memories.findById(link.memoryId())
                    .ifPresent(m -> linked.add(new LinkedMemory(
                            m.id(),
                            m.name(),
                            m.sourceLocale(),
                            counts.getOrDefault(m.id(), 0L),
                            link.writes(),
                            link.penalty(),
                            false)));
        }
        return linked;
    }

    @Transactional
    public void link(String slug, long memoryId, boolean write, int penalty) {
        ProjectInfo project = projects.managed(slug);
        if (penalty < 0 || penalty > MAX_PENALTY) {
            throw ApiException.validation("\"penalty\" must be 0 to " + MAX_PENALTY + " percentage points.")
                    .text("memory.penalty-invalid", MAX_PENALTY);
        }
        TranslationMemory memory = visibleMemory(memoryId);
        if (memory.projectId() != null && memory.projectId() == project.id()) {
            throw ApiException.validation("This is the project's own memory; it is always used and written to.")
                    .text("memory.own-memory-link");
        }
        if (!Locales.languageAndScript(memory.sourceLocale())
                .equals(Locales.languageAndScript(project.sourceLocale()))) {
            throw ApiException.validation("The memory's source language is " + memory.sourceLocale()
                            + ", the project's is " + project.sourceLocale() + "; its matches would never apply.")
                    .text("memory.link-source-mismatch", memory.sourceLocale(), project.sourceLocale());
        }
        int changed = jdbc.sql("update memory_link set writes = ?, penalty = ? where project_id = ? and memory_id = ?")
                .params(write, penalty, project.id(), memoryId)
                .update();
        if (changed == 0) {
            jdbc.sql("insert into memory_link (project_id, memory_id, writes, penalty) values (?, ?, ?, ?)")
                    .params(project.id(), memoryId, write, penalty)
                    .update();
        }
        events.publishEvent(new MemoryChanged(project.id(), null));
    }

    @Transactional
    public void unlink(String slug, long memoryId) {
        ProjectInfo project = projects.managed(slug);
        int removed = jdbc.sql("delete from memory_link where project_id = ? and memory_id = ?")
                .params(project.id(), memoryId)
                .update();
        if (removed == 0) {
            throw ApiException.notFound("The memory " + memoryId + " is not linked to \"" + slug + "\".")
                    .text("memory.not-linked", String.valueOf(memoryId), slug);
        }
        events.publishEvent(new MemoryChanged(project.id(), null));
    }

    @Transactional(readOnly = true)
    public Learning learning(String slug) {
        ProjectInfo project = projects.project(slug);
        return memories.findByProjectId(project.id())
                .map(m -> new Learning(m.includeTranslated(), m.unapprovedPenalty()))
                .orElse(new Learning(true, 3));
    }

    @Transactional
    public Learning learn(String slug, boolean includeTranslated, int unapprovedPenalty) {
        ProjectInfo project = projects.managed(slug);
        if (unapprovedPenalty < 0 || unapprovedPenalty > MAX_PENALTY) {
            throw ApiException.validation("\"unapprovedPenalty\" must be 0 to " + MAX_PENALTY + " percentage points.")
                    .text("memory.unapproved-penalty-invalid", MAX_PENALTY);
        }
        own(project).learning(includeTranslated, unapprovedPenalty);
        return new Learning(includeTranslated, unapprovedPenalty);
    }

    /** The project's own memory, made on first use. */
    TranslationMemory own(ProjectInfo project) {
        return memories.findByProjectId(project.id())
                .orElseGet(() -> memories.save(TranslationMemory.ofProject(
                        project.id(), project.name() + " (project)", project.sourceLocale(), clock.instant())));
    }

    /** The memories a lookup in the project reads: its own first, then the linked ones of its source language. */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    List<Source> sources(ProjectInfo project) {
        List<Source> sources = new ArrayList<>();
        memories.findByProjectId(project.id())
                .ifPresent(own ->
                        sources.add(new Source(own.id(), own.name(), project.slug(), 0, own.unapprovedPenalty())));
        String language = Locales.languageAndScript(project.sourceLocale());
        for (Link link : linksOf(project.id())) {
            memories.findById(link.memoryId())
                    .filter(m -> Locales.languageAndScript(m.sourceLocale()).equals(language))
                    .ifPresent(m -> sources.add(
                            new Source(m.id(), m.name(), slugOf(m), link.penalty(), m.unapprovedPenalty())));
        }
        return sources;
    }

    /** The linked memories that learn from the project's segments, besides its own. */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    List<Long> written(long projectId) {
        return linksOf(projectId).stream()
                .filter(Link::writes)
                .map(Link::memoryId)
                .toList();
    }

    private @Nullable String slugOf(TranslationMemory memory) {
        if (memory.projectId() == null) {
            return null;
        }
        return projects.project(memory.projectId()).map(ProjectInfo::slug).orElse(null);
    }

    private TranslationMemory visibleMemory(long memoryId) {
        TranslationMemory memory = memories.findById(memoryId)
                .orElseThrow(() -> ApiException.notFound("There is no translation memory " + memoryId + ".")
                        .text("memory.not-found", String.valueOf(memoryId)));
        if (memory.projectId() != null && projects.project(memory.projectId()).isEmpty()) {
            throw ApiException.notFound("There is no translation memory " + memoryId + ".")
                    .text("memory.not-found", String.valueOf(memoryId));
        }
        return memory;
    }

    private record Link(long memoryId, boolean writes, int penalty) {}

    private List<Link> linksOf(long projectId) {
        return jdbc.sql("select memory_id, writes, penalty from memory_link where project_id = ? order by memory_id")
                .param(projectId)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getBoolean(2), rs.getInt(3)))
                .list();
    }

    /** A deleted project's links and its own memory go with it; the memories it linked stay. */
    @EventListener
    void projectDeleted(ProjectDeleted event) {
        jdbc.sql("delete from memory_link where project_id = ?")
                .param(event.projectId())
                .update();
        memories.findByProjectId(event.projectId()).ifPresent(own -> {
            jdbc.sql("delete from memory_link where memory_id = ?")
                    .param(own.id())
                    .update();
            units.deleteByMemoryId(own.id());
            memories.delete(own);
            index.memoryRemoved(own.id());
        });
    }
}
