package dev.tessera.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SegmentRepository extends JpaRepository<Segment, Long> {

    String INFO = "select new dev.tessera.project.SegmentInfo(s.id, s.documentId, s.position, s.paragraph,"
            + " s.paragraphStart, s.source)"
            + " from Segment s";

    Optional<Segment> findByDocumentIdAndPosition(long documentId, int position);

    @Query(INFO + " where s.id in :ids")
    List<SegmentInfo> findInfos(java.util.Collection<Long> ids);

    @Query(INFO + " where s.id = :id")
    Optional<SegmentInfo> findInfo(long id);

    @Query(INFO + " where s.documentId = :documentId and s.position > :after order by s.position")
    List<SegmentInfo> after(long documentId, int after, Pageable page);

    @Query(INFO + " where s.documentId = :documentId order by s.position")
    List<SegmentInfo> page(long documentId, Pageable page);
}
