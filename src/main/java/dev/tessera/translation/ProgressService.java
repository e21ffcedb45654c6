package dev.tessera.translation;

import dev.tessera.project.DocumentService;
import dev.tessera.qa.CheckContext;
import dev.tessera.qa.Finding;
import dev.tessera.qa.QaRunner;
import dev.tessera.qa.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress of a document per target locale, by segments and by source words, with its QA errors and warnings.
 * QA runs here on the current texts; storing findings per translation comes with the QA feature's next step.
 */
@Service
public class ProgressService {

    private static final QaRunner QA = QaRunner.standard();

    private final DocumentService documents;
    private final TranslationService translations;

    ProgressService(DocumentService documents, TranslationService translations) {
        this.documents = documents;
        this.translations = translations;
    }

    @Transactional(readOnly = true)
    public List<LocaleStatistics> progress(long documentId) {
        var document = documents.document(documentId);
        String sourceLocale = document.project().sourceLocale();
        List<LocaleStatistics> all = new ArrayList<>();
        Map<Long, Integer> wordsBySegment = documents.sourceWords(documentId);
        for (Map.Entry<String, List<SegmentRow>> entry : translations.segmentsByLocale(documentId).entrySet()) {
            String locale = entry.getKey();
            List<SegmentRow> rows = entry.getValue();
            Map<String, List<String>> targetsBySource = new HashMap<>();
            for (SegmentRow row : rows) {
                if (row.target() != null) {
                    targetsBySource.computeIfAbsent(row.source(), s -> new ArrayList<>()).add(row.target());
                }
            }
            Map<TranslationStatus, Long> segments = new EnumMap<>(TranslationStatus.class);
            Map<TranslationStatus, Long> words = new EnumMap<>(TranslationStatus.class);
            long errors = 0;
            long warnings = 0;
            for (SegmentRow row : rows) {
                int count = wordsBySegment.getOrDefault(row.id(), 0);
                segments.merge(row.status(), 1L, Long::sum);
                words.merge(row.status(), (long) count, Long::sum);
                if (row.target() == null) {
                    continue;
                }
                List<String> others = new ArrayList<>(targetsBySource.getOrDefault(row.source(), List.of()));
                others.remove(row.target());
                for (Finding finding : QA.run(row.source(), row.target(), sourceLocale, locale,
                        new CheckContext(others.stream().filter(Objects::nonNull).toList()), Map.of())) {
                    if (finding.severity() == Severity.ERROR) {
                        errors++;
                    } else {
                        warnings++;
                    }
                }
            }
            all.add(new LocaleStatistics(locale, segments, words, errors, warnings));
        }
        return all;
    }
}
