package dev.tessera.translation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TranslationEventRepository extends JpaRepository<TranslationEvent, Long> {

    List<TranslationEvent> findBySegmentIdAndLocaleOrderByOccurredAtDescIdDesc(Long segmentId, String locale);
}
