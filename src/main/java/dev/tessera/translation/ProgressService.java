package dev.tessera.translation;

import dev.tessera.project.DocumentService;
import dev.tessera.qa.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Progress of a document per target locale, by segments and by source words, with its open QA errors and warnings. */
@Service
public class ProgressService {

    private final DocumentService documents;
    private final TranslationService translations;
    private final QualityService quality;

    ProgressService(DocumentService documents, TranslationService translations, QualityService quality) {
        this.documents = documents;
        this.translations = translations;
        this.quality = quality;
    }

    @Transactional(readOnly = true)
    public List<LocaleStatistics> progress(long documentId) {
        Map<Long, Integer> wordsBySegment = documents.sourceWords(documentId);
        Map<String, Map<Severity, Long>> open = quality.openCounts(documentId);
        List<LocaleStatistics> all = new ArrayList<>();
        for (Map.Entry<String, List<SegmentRow>> entry : translations.segmentsByLocale(documentId).entrySet()) {
            Map<TranslationStatus, Long> segments = new EnumMap<>(TranslationStatus.class);
            Map<TranslationStatus, Long> words = new EnumMap<>(TranslationStatus.class);
            for (SegmentRow row : entry.getValue()) {
                segments.merge(row.status(), 1L, Long::sum);
                words.merge(row.status(), (long) wordsBySegment.getOrDefault(row.id(), 0), Long::sum);
            }
            Map<Severity, Long> counts = open.getOrDefault(entry.getKey(), Map.of());
            all.add(new LocaleStatistics(entry.getKey(), segments, words, counts.getOrDefault(Severity.ERROR, 0L),
                    counts.getOrDefault(Severity.WARNING, 0L)));
        }
        return all;
    }
}
