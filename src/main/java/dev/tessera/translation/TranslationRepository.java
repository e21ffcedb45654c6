package dev.tessera.translation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TranslationRepository extends JpaRepository<Translation, Long> {

    String ROWS = "select new dev.tessera.translation.SegmentRow(s.id, s.position, s.paragraph, s.paragraphStart,"
            + " s.source, t.target, t.status, t.version, t.propagatedFrom) from Segment s"
            + " left join Translation t on t.segmentId = s.id and t.locale = :locale";
    String JOIN = " from Segment s left join Translation t on t.segmentId = s.id and t.locale = :locale";
    String FILTER = " where s.documentId = :documentId"
            + " and (t.status in :statuses or (t.id is null and :untranslated = true))"
            + " and (lower(s.source) like :pattern escape '!' or lower(t.target) like :pattern escape '!')";

    @Query(ROWS + FILTER + " order by s.position")
    List<SegmentRow> filteredRows(long documentId, String locale, Collection<TranslationStatus> statuses,
            boolean untranslated, String pattern, Pageable page);

    @Query("select count(s)" + JOIN + FILTER)
    long countFiltered(long documentId, String locale, Collection<TranslationStatus> statuses, boolean untranslated,
            String pattern);

    @Query("select count(s)" + JOIN + FILTER + " and s.position < :position")
    long countFilteredBefore(long documentId, String locale, Collection<TranslationStatus> statuses,
            boolean untranslated, String pattern, int position);

    List<Translation> findByLocaleAndSegmentIdIn(String locale, Collection<Long> segmentIds);

    @Query("select min(s.position) from Segment s where s.documentId = :documentId and s.position > :after"
            + " and not exists (select t.id from Translation t where t.segmentId = s.id and t.locale = :locale"
            + " and t.status in :finished)")
    Integer firstUnfinishedPosition(long documentId, String locale, int after, Collection<TranslationStatus> finished);

    @Query("select s.source from Segment s where s.documentId = :documentId group by s.source having count(s) > 1")
    List<String> repeatedSources(long documentId);

    /** Segments of the document with this exact source that have no translation in the locale yet. */
    @Query("select s.id from Segment s where s.documentId = :documentId and s.source = :source and s.id <> :segmentId"
            + " and not exists (select t.id from Translation t where t.segmentId = s.id and t.locale = :locale)"
            + " order by s.position")
    List<Long> untranslatedRepetitions(long documentId, long segmentId, String source, String locale);

    Optional<Translation> findBySegmentIdAndLocale(Long segmentId, String locale);

    List<Translation> findByDocumentIdAndLocale(Long documentId, String locale);


    /** Writes only if nobody changed the row since {@code expectedVersion} was read; answers the rows changed. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Translation t set t.target = :target, t.status = :status, t.version = t.version + 1,"
            + " t.updatedBy = :actor, t.updatedAt = :at, t.propagatedFrom = null"
            + " where t.id = :id and t.version = :expectedVersion")
    int updateIfVersion(Long id, int expectedVersion, String target, TranslationStatus status, String actor, Instant at);

    @Query("select new dev.tessera.translation.StatusCount(t.documentId, t.locale, t.status, count(t))"
            + " from Translation t where t.documentId in :documentIds group by t.documentId, t.locale, t.status")
    List<StatusCount> statusCounts(Collection<Long> documentIds);
}
