package dev.tessera.translation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TranslationRepository extends JpaRepository<Translation, Long> {

    Optional<Translation> findBySegmentIdAndLocale(Long segmentId, String locale);

    /** Writes only if nobody changed the row since {@code expectedVersion} was read; answers the rows changed. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Translation t set t.target = :target, t.status = :status, t.version = t.version + 1,"
            + " t.updatedBy = :actor, t.updatedAt = :at where t.id = :id and t.version = :expectedVersion")
    int updateIfVersion(Long id, int expectedVersion, String target, TranslationStatus status, String actor, Instant at);

    @Query("select new dev.tessera.translation.SegmentRow(s.id, s.position, s.paragraph, s.source,"
            + " t.target, t.status, t.version) from Segment s"
            + " left join Translation t on t.segmentId = s.id and t.locale = :locale"
            + " where s.documentId = :documentId order by s.position")
    List<SegmentRow> rows(Long documentId, String locale, Pageable page);

    @Query("select new dev.tessera.translation.StatusCount(s.documentId, t.locale, t.status, count(t))"
            + " from Translation t join Segment s on s.id = t.segmentId"
            + " where s.documentId in :documentIds group by s.documentId, t.locale, t.status")
    List<StatusCount> statusCounts(List<Long> documentIds);
}
