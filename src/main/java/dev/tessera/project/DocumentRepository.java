package dev.tessera.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

    @Query("select new dev.tessera.project.DocumentSummary(d.id, d.name, d.segmentCount) from Document d"
            + " where d.projectId = :projectId order by d.name")
    List<DocumentSummary> summaries(Long projectId);

    boolean existsByProjectIdAndName(Long projectId, String name);
}
