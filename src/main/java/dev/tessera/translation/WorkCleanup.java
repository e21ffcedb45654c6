package dev.tessera.translation;

import dev.tessera.project.DocumentsDeleted;
import dev.tessera.project.LocalesRemoved;
import dev.tessera.project.ProjectDeleted;
import dev.tessera.translation.quality.QaSettingsService;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Work goes with what it belongs to: a locale taken from a project, or deleted documents, take their translations,
 * history, comments, waivers, findings and quality issues; a deleted project its QA settings.
 */
@Component
class WorkCleanup {

    private static final List<String> BY_SEGMENT = List.of("qa_waiver", "translation_comment", "translation_event");

    private final JdbcClient jdbc;
    private final QaSettingsService qaSettings;

    WorkCleanup(JdbcClient jdbc, QaSettingsService qaSettings) {
        this.jdbc = jdbc;
        this.qaSettings = qaSettings;
    }

    @EventListener
    void localesRemoved(LocalesRemoved event) {
        delete(event.documentIds(), " and locale in (:locales)", event.locales());
    }

    @EventListener
    void documentsDeleted(DocumentsDeleted event) {
        delete(event.documentIds(), "", null);
    }

    @EventListener
    void projectDeleted(ProjectDeleted event) {
        qaSettings.forget(event.projectId());
    }

    /** Deletes the work on the documents, in every locale or (with {@code locales}) in those. */
    private void delete(List<Long> documentIds, String inLocales, List<String> locales) {
        if (documentIds.isEmpty()) {
            return;
        }
        run("delete from qa_finding where document_id in (:documents)" + inLocales, documentIds, locales);
        run("delete from quality_issue where document_id in (:documents)" + inLocales, documentIds, locales);
        for (String table : BY_SEGMENT) {
            run(
                    "delete from " + table + " where segment_id in (select id from segment where document_id in"
                            + " (:documents))" + inLocales,
                    documentIds,
                    locales);
        }
        run("delete from translation where document_id in (:documents)" + inLocales, documentIds, locales);
    }

    private void run(String sql, List<Long> documentIds, List<String> locales) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("documents", documentIds);
        if (locales != null) {
            statement = statement.param("locales", locales);
        }
        statement.update();
    }
}
