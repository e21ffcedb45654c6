package dev.tessera.translation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TranslationCommentRepository extends JpaRepository<TranslationComment, Long> {

    List<TranslationComment> findBySegmentIdAndLocaleOrderByCreatedAtAscIdAsc(Long segmentId, String locale);
}
