package dev.tessera.translation.quality;

import dev.tessera.project.DocumentService;
import dev.tessera.project.ProjectInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a project's language checks ({@code lang.*}) stand, for the screens and the API: which target locales they
 * cover, and which targets still wait for them.
 */
@Service
public class LanguageCheckStatus {

    private final QualityService quality;
    private final DocumentService documents;

    LanguageCheckStatus(QualityService quality, DocumentService documents) {
        this.quality = quality;
        this.documents = documents;
    }

    /** Whether the language checks cover a locale, and how many of its targets wait for them. */
    public record Coverage(boolean available, long waiting) {}

    /** Per target locale of the project, in the project's order. */
    @Transactional(readOnly = true)
    public Map<String, Coverage> coverage(ProjectInfo project) {
        List<Long> documentIds = documents.documentIds(project.id());
        Map<String, Coverage> coverage = new LinkedHashMap<>();
        for (String locale : project.targetLocales()) {
            boolean available = quality.proofreadingCovers(locale);
            coverage.put(
                    locale, new Coverage(available, available ? quality.awaitingProofreading(documentIds, locale) : 0));
        }
        return coverage;
    }

    /** Whether the segment's saved target in the locale waits for its language checks (they are on for it). */
    @Transactional(readOnly = true)
    public boolean awaits(ProjectInfo project, long segmentId, String locale) {
        return quality.proofreads(project, locale) && quality.awaitsProofreading(segmentId, locale);
    }
}
