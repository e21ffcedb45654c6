package dev.tessera.translation;

import dev.tessera.qa.Severity;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TranslationRepository extends JpaRepository<Translation, Long> {

    String ROWS = "select new dev.tessera.translation.SegmentRow(s.id, s.position, s.paragraph, s.paragraphStart,"
            + " s.source, t.target, t.status, t.version, t.propagatedFrom, t.updatedBy, s.codes) from Segment s"
            + " left join Translation t on t.segmentId = s.id and t.locale = :locale";
    String JOIN = " from Segment s left join Translation t on t.segmentId = s.id and t.locale = :locale";
    String FILTER = " where s.documentId = :documentId"
            + " and (t.status in :statuses or (t.id is null and :untranslated = true))"
            + " and (lower(s.source) like :pattern escape '!' or lower(t.target) like :pattern escape '!')"
            + " and (:translator = '' or t.updatedBy = :translator)"
            + " and (:anyQa = true"
            + " or (:clean = false and exists (select f.id from StoredFinding f where f.translationId = t.id"
            + " and f.waived = false and f.severity in :severities))"
            + " or (:clean = true and not exists (select f.id from StoredFinding f where f.translationId = t.id"
            + " and f.waived = false)))";

    @Query(ROWS + FILTER + " order by s.position")
    List<SegmentRow> filteredRows(
            long documentId,
            String locale,
            Collection<TranslationStatus> statuses,
            boolean untranslated,
            String pattern,
            String translator,
            boolean anyQa,
            boolean clean,
            Collection<Severity> severities,
            Pageable page);

    @Query(ROWS + " where s.documentId = :documentId and s.id in :segmentIds order by s.position")
    List<SegmentRow> rowsOf(long documentId, String locale, Collection<Long> segmentIds);

    @Query(ROWS + " where s.documentId = :documentId order by s.position")
    List<SegmentRow> documentRows(long documentId, String locale);

    @Query(ROWS + " where s.documentId = :documentId and s.position > :after order by s.position")
    List<SegmentRow> rowsAfter(long documentId, String locale, int after, Pageable page);

    @Query("select count(s)" + JOIN + FILTER)
    long countFiltered(
            long documentId,
            String locale,
            Collection<TranslationStatus> statuses,
            boolean untranslated,
            String pattern,
            String translator,
            boolean anyQa,
            boolean clean,
            Collection<Severity> severities);

    @Query("select t.id" + JOIN + FILTER + " order by s.position")
    List<Long> filteredTranslationIds(
            long documentId,
            String locale,
            Collection<TranslationStatus> statuses,
            boolean untranslated,
            String pattern,
            String translator,
            boolean anyQa,
            boolean clean,
            Collection<Severity> severities);

    @Query("select count(s)" + JOIN + FILTER + " and s.position < :position")
    long countFilteredBefore(
            long documentId,
            String locale,
            Collection<TranslationStatus> statuses,
            boolean untranslated,
            String pattern,
            String translator,
            boolean anyQa,
            boolean clean,
            Collection<Severity> severities,
            int position);

    /** Who changed translations of the document in the locale last, for the editor's translator filter. */
    @Query("select distinct t.updatedBy from Translation t where t.documentId = :documentId and t.locale = :locale"
            + " order by t.updatedBy")
    List<String> editors(long documentId, String locale);

    String QUALITY_ROWS = "select new dev.tessera.translation.QualityRow(t.id, t.documentId, t.segmentId, s.source,"
            + " t.target, t.status) from Translation t join Segment s on s.id = t.segmentId"
            + " where t.documentId in :documentIds and t.locale = :locale";

    /** The translations in the locale, among these documents, of any of these source sentences. */
    @Query(QUALITY_ROWS + " and s.source in :sources")
    List<QualityRow> sameSource(Collection<Long> documentIds, String locale, Collection<String> sources);

    @Query(QUALITY_ROWS)
    List<QualityRow> qualityRows(Collection<Long> documentIds, String locale);

    @Query("select new dev.tessera.translation.QualityRow(t.id, t.documentId, t.segmentId, s.source, t.target,"
            + " t.status) from Translation t join Segment s on s.id = t.segmentId"
            + " where t.segmentId = :segmentId and t.locale = :locale")
    List<QualityRow> qualityRowOf(long segmentId, String locale);

    @Query("select min(s.position) from Segment s where s.documentId = :documentId and s.position > :after"
            + " and not exists (select t.id from Translation t where t.segmentId = s.id and t.locale = :locale"
            + " and t.status in :finished)")
    @org.jspecify.annotations.Nullable
    Integer firstUnfinishedPosition(long documentId, String locale, int after, Collection<TranslationStatus> finished);

    @Query("select s.source from Segment s where s.documentId in :documentIds group by s.source having count(s) > 1")
    List<String> repeatedSources(Collection<Long> documentIds);

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
    int updateIfVersion(
            Long id, int expectedVersion, String target, TranslationStatus status, String actor, Instant at);

    @Query("select new dev.tessera.translation.SegmentStatus(t.segmentId, t.locale, t.status) from Translation t"
            + " where t.documentId = :documentId")
    List<SegmentStatus> segmentStatuses(long documentId);

    @Query("select new dev.tessera.translation.StatusCount(t.documentId, t.locale, t.status, count(t))"
            + " from Translation t where t.documentId in :documentIds group by t.documentId, t.locale, t.status")
    List<StatusCount> statusCounts(Collection<Long> documentIds);
}
