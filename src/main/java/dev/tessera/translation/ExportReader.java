package dev.tessera.translation;

import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a document's segments with their translations a page at a time, for exports that stream. */
@Service
public class ExportReader {

    private final DocumentService documents;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    ExportReader(DocumentService documents, JdbcClient jdbc, CurrentUser currentUser) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The document, after checking that the locale is one of its project's (answers the canonical locale). */
    @Transactional(readOnly = true)
    public String targetLocale(DocumentInfo document, String locale) {
        currentUser.require(Role.TRANSLATOR);
        return TranslationService.targetLocale(document, locale);
    }

    /**
     * Up to {@code limit} segments after {@code afterPosition}, in order, with their translations in the locale.
     * Positions run 1, 2, 3… without gaps (segments never change after import), so a page is a range of positions,
     * which the (document, position) index answers without sorting what lies beyond it.
     */
    @Transactional(readOnly = true)
    public List<ExportRow> page(long documentId, String locale, int afterPosition, int limit) {
        currentUser.require(Role.TRANSLATOR);
        List<Object[]> rows = jdbc.sql("select s.id, s.position, s.paragraph, s.source, t.target, t.status, t.version,"
                        + " t.updated_by, t.updated_at, s.codes"
                        + " from segment s left join translation t on t.segment_id = s.id and t.locale = :locale"
                        + " where s.document_id = :documentId and s.position > :after and s.position <= :last"
                        + " order by s.position")
                .param("locale", locale)
                .param("documentId", documentId)
                .param("after", afterPosition)
                .param("last", afterPosition + Math.max(1, limit))
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getInt(7),
                    rs.getString(8),
                    rs.getTimestamp(9),
                    rs.getString(10)
                })
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<Comment>> comments = new HashMap<>();
        Map<Long, Change> firstChange = new HashMap<>();
        jdbc.sql("select segment_id, author, created_at, body from translation_comment where locale = :locale"
                        + " and segment_id in (:ids) order by created_at, id")
                .param("locale", locale)
                .param("ids", ids)
                .query((rs, n) -> comments.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new Comment(rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4))))
                .list();
        // The history's first event of each translation: who created it and when (the query is newest first, so the
        // last one put stays).
        jdbc.sql("select e.segment_id, e.actor, e.occurred_at from translation_event e where e.locale = :locale"
                        + " and e.segment_id in (:ids) order by e.occurred_at desc, e.id desc")
                .param("locale", locale)
                .param("ids", ids)
                .query((rs, n) ->
                        firstChange.put(rs.getLong(1), new Change(rs.getString(2), instant(rs.getTimestamp(3)))))
                .list();
        List<ExportRow> page = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = (Long) r[0];
            boolean translated = r[5] != null;
            Change created = firstChange.getOrDefault(id, Change.NONE);
            page.add(new ExportRow(
                    id,
                    (Integer) r[1],
                    (Integer) r[2],
                    (String) r[3],
                    (String) r[4],
                    translated ? TranslationStatus.valueOf((String) r[5]) : TranslationStatus.UNTRANSLATED,
                    translated ? (Integer) r[6] : 0,
                    created.actor(),
                    created.at(),
                    translated ? (String) r[7] : null,
                    instant((Timestamp) r[8]),
                    comments.getOrDefault(id, List.of()),
                    (String) r[9]));
        }
        return page;
    }

    /** The ids of the segments whose status is not one of {@code published}, in order. */
    @Transactional(readOnly = true)
    public List<Long> unfinished(long documentId, String locale, Set<TranslationStatus> published) {
        currentUser.require(Role.TRANSLATOR);
        List<String> finished = published.stream().map(TranslationStatus::name).toList();
        return jdbc.sql("select s.id from segment s left join translation t on t.segment_id = s.id"
                        + " and t.locale = :locale where s.document_id = :documentId"
                        + " and (t.status is null or t.status not in (:finished)) order by s.position")
                .param("locale", locale)
                .param("documentId", documentId)
                .param("finished", finished)
                .query(Long.class)
                .list();
    }

    private record Change(String actor, Instant at) {

        static final Change NONE = new Change(null, null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
