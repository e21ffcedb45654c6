package dev.tessera.translation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The segments of a document with their translation in one locale and the sources around them, for features that
 * learn from finished work (the translation memory). Work the system does after a commit, so no one's permission is
 * asked: callers show nothing of it to a person directly.
 */
@Service
public class ConfirmedTranslations {

    private final JdbcClient jdbc;

    ConfirmedTranslations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One segment: its source (code markers in it) and codes, the previous and next sources of the document (empty at
     * either end), and its translation, or a null target and status when it has none.
     */
    public record ConfirmedSegment(
            long segmentId,
            long documentId,
            String documentName,
            String source,
            @Nullable String codes,
            String previousSource,
            String nextSource,
            @Nullable String target,
            @Nullable TranslationStatus status,
            @Nullable String updatedBy,
            @Nullable Instant updatedAt) {}

    /** The named segments of the document, or every one when none are named, in document order. */
    @Transactional(readOnly = true)
    public List<ConfirmedSegment> of(long documentId, String locale, Collection<Long> segmentIds) {
        Set<Long> wanted = Set.copyOf(segmentIds);
        List<Row> rows = jdbc.sql("select s.id, d.name, s.source, s.codes, t.target, t.status, t.updated_by,"
                        + " t.updated_at from segment s join document d on d.id = s.document_id"
                        + " left join translation t on t.segment_id = s.id and t.locale = :locale"
                        + " where s.document_id = :document order by s.position")
                .param("locale", locale)
                .param("document", documentId)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, java.time.OffsetDateTime.class)))
                .list();
        List<ConfirmedSegment> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (!wanted.isEmpty() && !wanted.contains(row.id())) {
                continue;
            }
            result.add(new ConfirmedSegment(
                    row.id(),
                    documentId,
                    row.document(),
                    row.source(),
                    row.codes(),
                    i == 0 ? "" : rows.get(i - 1).source(),
                    i == rows.size() - 1 ? "" : rows.get(i + 1).source(),
                    row.target(),
                    row.status() == null ? null : TranslationStatus.valueOf(row.status()),
                    row.updatedBy(),
                    row.updatedAt() == null ? null : row.updatedAt().toInstant()));
        }
        return result;
    }

    private record Row(
            long id,
            String document,
            String source,
            @Nullable String codes,
            @Nullable String target,
            @Nullable String status,
            @Nullable String updatedBy,
            java.time.@Nullable OffsetDateTime updatedAt) {}
}
