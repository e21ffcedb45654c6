package dev.tessera.project;

import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.segmentation.Segmenter;
import dev.tessera.segmentation.SourceSegment;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.UploadedText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Documents: plain-text import with segmentation, and lookups for the features built on them. */
@Service
public class DocumentService {

    /** Longer lines without a sentence end are refused: nobody can translate them as one segment. */
    static final int MAX_SEGMENT_LENGTH = 100_000;

    private final ProjectService projectService;
    private final DocumentRepository documents;
    private final SegmentRepository segments;
    private final CurrentUser currentUser;
    private final Clock clock;

    DocumentService(ProjectService projectService, DocumentRepository documents, SegmentRepository segments,
            CurrentUser currentUser, Clock clock) {
        this.projectService = projectService;
        this.documents = documents;
        this.segments = segments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Imports UTF-8 plain text as a new document of the project, cut into segments by the source language. */
    @Transactional
    public DocumentSummary importText(String projectSlug, String name, byte[] content) {
        String actor = currentUser.require(Role.MANAGER);
        Project project = projectService.find(projectSlug);
        String documentName = ProjectService.checkedName(name, "document name");
        String text = UploadedText.decode(content);
        if (text.isBlank()) {
            throw ApiException.validation("The document holds no text.");
        }
        if (documents.existsByProjectIdAndName(project.id(), documentName)) {
            throw duplicateName(documentName);
        }
        List<SourceSegment> cut = Segmenter.forLanguage(project.info().sourceLocale()).segmentDocument(text);
        for (SourceSegment s : cut) {
            if (s.text().length() > MAX_SEGMENT_LENGTH) {
                throw ApiException.validation("Segment " + s.position() + " is longer than " + MAX_SEGMENT_LENGTH
                        + " characters; break that line into sentences or paragraphs.");
            }
        }
        Document document;
        try {
            document = documents.saveAndFlush(
                    new Document(project.id(), documentName, text, cut.size(), actor, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw duplicateName(documentName);
        }
        List<Segment> rows = new ArrayList<>(cut.size());
        for (SourceSegment s : cut) {
            rows.add(new Segment(document.id(), s.position(), s.paragraph(), s.start(), s.end(), s.text()));
        }
        segments.saveAll(rows);
        return document.summary();
    }

    @Transactional(readOnly = true)
    public DocumentInfo document(long documentId) {
        currentUser.require(Role.TRANSLATOR);
        Document document = find(documentId);
        ProjectInfo project = projectService.findById(document.projectId()).info();
        DocumentSummary summary = document.summary();
        return new DocumentInfo(summary.id(), summary.name(), summary.segmentCount(), project);
    }

    /** The segment, if it belongs to the document; 404 otherwise. */
    @Transactional(readOnly = true)
    public Segment segment(long documentId, long segmentId) {
        currentUser.require(Role.TRANSLATOR);
        return segments.findById(segmentId)
                .filter(s -> s.getDocumentId() == documentId)
                .orElseThrow(() -> ApiException.notFound("Document " + documentId + " has no segment " + segmentId + "."));
    }

    @Transactional(readOnly = true)
    public String sourceText(long documentId) {
        currentUser.require(Role.TRANSLATOR);
        return find(documentId).sourceText();
    }

    private Document find(long documentId) {
        return documents.findById(documentId)
                .orElseThrow(() -> ApiException.notFound("There is no document " + documentId + "."));
    }

    private static ApiException duplicateName(String name) {
        return ApiException.duplicate("The project has a document named \"" + name + "\" already; choose another name.");
    }
}
