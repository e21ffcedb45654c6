package dev.tessera.translation.quality;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredFindingRepository extends JpaRepository<StoredFinding, Long> {

    @Query("select f from StoredFinding f where f.locale = :locale and f.segmentId in :segmentIds order by f.id")
    List<StoredFinding> findForSegments(String locale, Collection<Long> segmentIds);

    @Query(
            "select f from StoredFinding f where f.documentId = :documentId and f.locale = :locale order by f.segmentId, f.id")
    List<StoredFinding> findForDocument(long documentId, String locale);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update StoredFinding f set f.waived = true where f.segmentId = :segmentId and f.locale = :locale"
            + " and f.check = :check")
    int markWaived(long segmentId, String locale, String check);

    @Query(
            "select new dev.tessera.translation.quality.FindingCount(f.locale, f.severity, count(f)) from StoredFinding f"
                    + " where f.documentId = :documentId and f.waived = false group by f.locale, f.severity")
    List<FindingCount> openCounts(long documentId);
}
