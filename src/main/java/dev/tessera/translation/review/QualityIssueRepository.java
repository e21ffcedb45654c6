package dev.tessera.translation.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QualityIssueRepository extends JpaRepository<QualityIssue, Long> {

    List<QualityIssue> findBySegmentIdAndLocaleOrderByCreatedAtAscIdAsc(Long segmentId, String locale);

    List<QualityIssue> findByDocumentIdAndLocale(Long documentId, String locale);

    List<QualityIssue> findBySegmentIdInAndLocale(Collection<Long> segmentIds, String locale);
}
