package dev.tessera.memory;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MemoryUnitRepository extends JpaRepository<MemoryUnit, Long> {

    List<MemoryUnit> findByMemoryIdAndTargetLocaleAndSourceHashIn(
            long memoryId, String targetLocale, Collection<String> sourceHashes);

    long countByMemoryId(long memoryId);

    boolean existsByMemoryIdInAndTargetLocale(Collection<Long> memoryIds, String targetLocale);

    List<MemoryUnit> findByMemoryIdAndTargetLocaleAndSegmentIdIn(
            long memoryId, String targetLocale, Collection<Long> segmentIds);

    List<MemoryUnit> findByMemoryIdInAndTargetLocaleAndSourceHash(
            Collection<Long> memoryIds, String targetLocale, String sourceHash);

    @Query("select u from MemoryUnit u where u.memoryId = :memoryId order by u.id")
    Stream<MemoryUnit> streamByMemoryId(long memoryId);

    @Modifying
    @Query("delete from MemoryUnit u where u.memoryId = :memoryId")
    int deleteByMemoryId(long memoryId);
}
