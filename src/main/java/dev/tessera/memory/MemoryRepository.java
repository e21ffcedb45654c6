package dev.tessera.memory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemoryRepository extends JpaRepository<TranslationMemory, Long> {

    List<TranslationMemory> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    @Query("select u.memoryId, count(u) from MemoryUnit u group by u.memoryId")
    List<Object[]> unitCounts();
}
