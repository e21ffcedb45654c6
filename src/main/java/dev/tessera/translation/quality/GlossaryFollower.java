package dev.tessera.translation.quality;

import dev.tessera.glossary.AffectedSegment;
import dev.tessera.glossary.GlossaryDependents;
import dev.tessera.glossary.TermIndex;
import dev.tessera.project.DocumentService;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.qa.Finding;
import dev.tessera.translation.QualityRow;
import dev.tessera.translation.SegmentFinding;
import dev.tessera.translation.TranslationChanged;
import dev.tessera.translation.TranslationRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stored glossary findings of translations in step with the glossaries of their projects: after a change
 * of terms or of a project's glossaries, every translation concerned is checked again in the changing transaction,
 * and only the findings that differ are rewritten.
 */
@Component
class GlossaryFollower implements GlossaryDependents {

    private final QualityService quality;
    private final ProjectService projects;
    private final DocumentService documents;
    private final TranslationRepository translations;
    private final TermIndex terms;
    private final FindingRows findingRows;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final DocumentRules documentRules;

    GlossaryFollower(
            QualityService quality,
            ProjectService projects,
            DocumentService documents,
            TranslationRepository translations,
            TermIndex terms,
            FindingRows findingRows,
            JdbcClient jdbc,
            ApplicationEventPublisher publisher,
            DocumentRules documentRules) {
        this.documentRules = documentRules;
        this.quality = quality;
        this.projects = projects;
        this.documents = documents;
        this.translations = translations;
        this.terms = terms;
        this.findingRows = findingRows;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    @Override
    @Transactional
    public List<AffectedSegment> glossaryChanged(long glossaryId) {
        List<AffectedSegment> affected = new ArrayList<>();
        for (long projectId : terms.projectsLinking(glossaryId)) {
            affected.addAll(projectGlossariesChanged(projectId));
        }
        return affected;
    }

    @Override
    @Transactional
    public List<AffectedSegment> projectGlossariesChanged(long projectId) {
        return projects.project(projectId).map(this::recheck).orElse(List.of());
    }

    /**
     * Rechecks the glossary findings of every translation of the project after its terms or its glossaries
     * changed, in the caller's transaction, rewriting only those that differ; answers those translations.
     */
    private List<AffectedSegment> recheck(ProjectInfo project) {
        List<Long> documentIds = documents.documentIds(project.id());
        if (documentIds.isEmpty()) {
            return List.of();
        }
        ProjectQa qa = quality.projectQa(project).glossaryOnly();
        Map<Long, String> documentNames = new HashMap<>();
        List<AffectedSegment> affected = new ArrayList<>();
        for (String locale : project.targetLocales()) {
            quality.lockLocale(documentIds, locale);
            quality.termsChanged(documentIds, locale);
            for (long documentId : documentIds) {
                documentRules.recheckLater(project, documentId, locale, null);
            }
            Map<Long, List<String>> stored = new HashMap<>();
            jdbc.sql("select translation_id, check_name, severity, message from qa_finding where locale = :locale"
                            + " and document_id in (:documentIds) and check_name like 'glossary.%'"
                            + " and check_name not in (:documentChecks) order by id")
                    .param("locale", locale)
                    .param("documentChecks", DocumentRules.CHECKS)
                    .param("documentIds", documentIds)
                    .query((rs, n) -> stored.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)))
                    .list();
            List<QualityRow> changed = new ArrayList<>();
            Map<Long, List<Finding>> found = new HashMap<>();
            for (QualityRow row : translations.qualityRows(documentIds, locale)) {
                List<Finding> now =
                        qa.check(row.source(), row.target(), row.status(), project.sourceLocale(), locale, List.of());
                List<String> keys = now.stream()
                        .map(f -> f.check() + " " + f.severity() + " "
                                + FindingRows.stored(f, false).message())
                        .toList();
                if (!keys.equals(stored.getOrDefault(row.translationId(), List.of()))) {
                    changed.add(row);
                    found.put(row.translationId(), now);
                }
            }
            if (changed.isEmpty()) {
                continue;
            }
            List<Long> ids = changed.stream().map(QualityRow::translationId).toList();
            for (int i = 0; i < ids.size(); i += QualityService.CHUNK) {
                jdbc.sql("delete from qa_finding where check_name like 'glossary.%' and check_name not in"
                                + " (:documentChecks) and translation_id in (:ids)")
                        .param("documentChecks", DocumentRules.CHECKS)
                        .param("ids", ids.subList(i, Math.min(ids.size(), i + QualityService.CHUNK)))
                        .update();
            }
            Set<String> waived = findingRows.waived(locale, changed);
            List<Object[]> inserts = new ArrayList<>();
            Map<Long, Integer> positions = positions(changed);
            for (QualityRow row : changed) {
                boolean failing = false;
                List<String> messages = new ArrayList<>();
                for (Finding finding : found.get(row.translationId())) {
                    SegmentFinding written =
                            FindingRows.stored(finding, waived.contains(row.segmentId() + " " + finding.check()));
                    inserts.add(FindingRows.insertRow(row, locale, written));
                    failing |= written.blocks();
                    messages.add(written.message());
                }
                affected.add(new AffectedSegment(
                        project.slug(),
                        row.documentId(),
                        documentNames.computeIfAbsent(
                                row.documentId(), id -> documents.document(id).name()),
                        row.segmentId(),
                        positions.getOrDefault(row.segmentId(), 0),
                        locale,
                        failing,
                        messages));
            }
            findingRows.insert(inserts);
            changed.stream()
                    .collect(Collectors.groupingBy(
                            QualityRow::documentId, Collectors.mapping(QualityRow::segmentId, Collectors.toSet())))
                    .forEach((documentId, segmentIds) ->
                            publisher.publishEvent(new TranslationChanged(documentId, locale, segmentIds)));
        }
        affected.sort(Comparator.comparing(AffectedSegment::documentName)
                .thenComparing(AffectedSegment::locale)
                .thenComparingInt(AffectedSegment::position));
        return affected;
    }

    private Map<Long, Integer> positions(List<QualityRow> rows) {
        Map<Long, Integer> positions = new HashMap<>();
        List<Long> ids = rows.stream().map(QualityRow::segmentId).distinct().toList();
        for (int i = 0; i < ids.size(); i += QualityService.CHUNK) {
            jdbc.sql("select id, position from segment where id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + QualityService.CHUNK)))
                    .query((rs, n) -> positions.put(rs.getLong(1), rs.getInt(2)))
                    .list();
        }
        return positions;
    }
}
