package dev.tessera.glossary;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GlossaryRepository extends JpaRepository<Glossary, Long> {

    boolean existsByName(String name);

    java.util.Optional<Glossary> findByName(String name);

    @Query("select new dev.tessera.glossary.GlossarySummary(g.id, g.name,"
            + " (select count(c) from Concept c where c.glossaryId = g.id),"
            + " (select count(t) from Term t where t.concept.glossaryId = g.id)) from Glossary g order by g.name")
    List<GlossarySummary> summaries();
}
