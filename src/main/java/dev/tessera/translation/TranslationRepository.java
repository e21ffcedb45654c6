package dev.tessera.translation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TranslationRepository extends JpaRepository<Translation, Long> {

    Optional<Translation> findBySegmentIdAndLocale(Long segmentId, String locale);

    List<Translation> findByDocumentIdAndLocale(Long documentId, String locale);

    List<Translation> findByLocaleAndSegmentIdIn(String locale, Collection<Long> segmentIds);

    /** Writes only if nobody changed the row since {@code expectedVersion} was read; answers the rows changed. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Translation t set t.target = :target, t.status = :status, t.version = t.version + 1,"
            + " t.updatedBy = :actor, t.updatedAt = :at where t.id = :id and t.version = :expectedVersion")
    int updateIfVersion(Long id, int expectedVersion, String target, TranslationStatus status, String actor, Instant at);

    @Query("select new dev.tessera.translation.StatusCount(t.documentId, t.locale, t.status, count(t))"
            + " from Translation t where t.documentId in :documentIds group by t.documentId, t.locale, t.status")
    List<StatusCount> statusCounts(Collection<Long> documentIds);
}
