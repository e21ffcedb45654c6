package dev.tessera.translation;

import dev.tessera.project.DocumentService;
import dev.tessera.qa.Severity;
import dev.tessera.translation.quality.QualityService;
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

    /** Reads the segments once (for their words) and the translations' statuses once, for every locale. */
    @Transactional(readOnly = true)
    public List<LocaleStatistics> progress(long documentId) {
        Map<Long, Integer> wordsBySegment = documents.sourceWords(documentId);
        Map<String, Map<Long, TranslationStatus>> statuses = translations.statusesByLocale(documentId);
        Map<String, Map<Severity, Long>> open = quality.openCounts(documentId);
        List<LocaleStatistics> all = new ArrayList<>();
        for (String locale : documents.document(documentId).project().targetLocales()) {
            Map<Long, TranslationStatus> translated = statuses.getOrDefault(locale, Map.of());
            Map<TranslationStatus, Long> segments = new EnumMap<>(TranslationStatus.class);
            Map<TranslationStatus, Long> words = new EnumMap<>(TranslationStatus.class);
            for (Map.Entry<Long, Integer> segment : wordsBySegment.entrySet()) {
                TranslationStatus status = translated.getOrDefault(segment.getKey(), TranslationStatus.UNTRANSLATED);
                segments.merge(status, 1L, Long::sum);
                words.merge(status, (long) segment.getValue(), Long::sum);
            }
            Map<Severity, Long> counts = open.getOrDefault(locale, Map.of());
            all.add(new LocaleStatistics(
                    locale,
                    segments,
                    words,
                    counts.getOrDefault(Severity.ERROR, 0L),
                    counts.getOrDefault(Severity.WARNING, 0L)));
        }
        return all;
    }
}
