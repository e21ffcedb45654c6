package dev.tessera.translation.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface QaWaiverRepository extends JpaRepository<QaWaiver, Long> {

    List<QaWaiver> findBySegmentIdAndLocaleOrderByCreatedAt(Long segmentId, String locale);

    @Query("select w from QaWaiver w where w.locale = :locale and w.segmentId in :segmentIds")
    List<QaWaiver> findForSegments(String locale, Collection<Long> segmentIds);

    @Modifying(flushAutomatically = true)
    @Query("delete from QaWaiver w where w.segmentId = :segmentId and w.locale = :locale")
    int deleteForSegment(Long segmentId, String locale);
}
