package dev.tessera.translation;

import dev.tessera.project.LocalesRemoved;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A locale taken from a project takes its work with it: translations, their history, comments, waivers, findings. */
@Component
class LocaleCleanup {

    private static final List<String> BY_SEGMENT = List.of("qa_waiver", "translation_comment", "translation_event");

    private final JdbcClient jdbc;

    LocaleCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void localesRemoved(LocalesRemoved event) {
        if (event.documentIds().isEmpty()) {
            return;
        }
        jdbc.sql("delete from qa_finding where document_id in (:documents) and locale in (:locales)")
                .param("documents", event.documentIds()).param("locales", event.locales()).update();
        for (String table : BY_SEGMENT) {
            jdbc.sql("delete from " + table + " where locale in (:locales) and segment_id in"
                            + " (select id from segment where document_id in (:documents))")
                    .param("documents", event.documentIds()).param("locales", event.locales()).update();
        }
        jdbc.sql("delete from translation where document_id in (:documents) and locale in (:locales)")
                .param("documents", event.documentIds()).param("locales", event.locales()).update();
    }
}
