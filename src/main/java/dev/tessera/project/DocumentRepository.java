package dev.tessera.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

    @Query("select new dev.tessera.project.DocumentSummary(d.id, d.name, d.segmentCount, d.format) from Document d"
            + " where d.projectId = :projectId order by d.name")
    List<DocumentSummary> summaries(Long projectId);

    @Query(
            "select new dev.tessera.project.DocumentRow(d.id, d.projectId, d.name, d.segmentCount, d.format) from Document d"
                    + " where d.id = :id")
    Optional<DocumentRow> findRow(long id);

    @Query("select d.sourceText from Document d where d.id = :id")
    Optional<String> findSourceText(long id);

    boolean existsByProjectIdAndName(Long projectId, String name);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Document d set d.segmentCount = d.segmentCount + :by where d.id = :id")
    void changeSegmentCount(long id, int by);
}
