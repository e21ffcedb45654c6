package dev.tessera.glossary;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConceptRepository extends JpaRepository<Concept, Long> {

    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "terms")
    List<Concept> findByGlossaryIdOrderById(Long glossaryId);

    boolean existsByGlossaryIdAndExternalId(Long glossaryId, String externalId);

    List<Concept> findByGlossaryIdAndExternalIdIn(Long glossaryId, Collection<String> externalIds);

    @Query("select distinct c from Concept c left join c.terms t where c.glossaryId = :glossaryId"
            + " and (:pattern = '%%' or lower(t.text) like :pattern escape '!' or lower(c.definition) like :pattern escape '!')"
            + " order by c.id")
    List<Concept> search(Long glossaryId, String pattern, Pageable page);
}
