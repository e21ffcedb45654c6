package dev.tessera.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemoryRepository extends JpaRepository<TranslationMemory, Long> {

    List<TranslationMemory> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    Optional<TranslationMemory> findByProjectId(long projectId);

    @Query("select u.memoryId, count(u) from MemoryUnit u group by u.memoryId")
    List<Object[]> unitCountRows();

    /** The number of units of each memory that has any, by memory id. */
    default Map<Long, Long> unitCounts() {
        Map<Long, Long> counts = new HashMap<>();
        unitCountRows().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
