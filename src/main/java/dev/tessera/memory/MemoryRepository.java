package dev.tessera.memory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemoryRepository extends JpaRepository<TranslationMemory, Long> {

    List<TranslationMemory> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    Optional<TranslationMemory> findByProjectId(long projectId);

    @Query("select u.memoryId, count(u) from MemoryUnit u group by u.memoryId")
    List<Object[]> unitCounts();
}
