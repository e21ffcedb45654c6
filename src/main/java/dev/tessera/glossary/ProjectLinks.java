package dev.tessera.glossary;

import dev.tessera.project.ProjectDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A deleted project's links to glossaries go with it; the glossaries stay. */
@Component
class ProjectLinks {

    private final JdbcClient jdbc;

    ProjectLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void projectDeleted(ProjectDeleted event) {
        jdbc.sql("delete from project_glossary where project_id = ?")
                .param(event.projectId())
                .update();
    }
}
