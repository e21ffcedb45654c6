package dev.tessera.translation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QaFindingRepository extends JpaRepository<QaFinding, Long> {

    @Query("select f from QaFinding f where f.locale = :locale and f.segmentId in :segmentIds order by f.id")
    List<QaFinding> findForSegments(String locale, Collection<Long> segmentIds);

    @Query("select f from QaFinding f where f.documentId = :documentId and f.locale = :locale order by f.segmentId, f.id")
    List<QaFinding> findForDocument(long documentId, String locale);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update QaFinding f set f.waived = true where f.segmentId = :segmentId and f.locale = :locale"
            + " and f.check = :check")
    int markWaived(long segmentId, String locale, String check);

    @Query("select new dev.tessera.translation.FindingCount(f.locale, f.severity, count(f)) from QaFinding f"
            + " where f.documentId = :documentId and f.waived = false group by f.locale, f.severity")
    List<FindingCount> openCounts(long documentId);
}
