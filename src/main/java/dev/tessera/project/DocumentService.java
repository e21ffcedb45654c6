package dev.tessera.project;

import dev.tessera.formats.Block;
import dev.tessera.formats.Filters;
import dev.tessera.formats.InlineCode;
import dev.tessera.formats.SourceFormat;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.segmentation.Segmenter;
import dev.tessera.segmentation.SourceSegment;
import dev.tessera.segmentation.WordCounter;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.AuditEvent;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.Subject;
import dev.tessera.shared.UploadLimits;
import dev.tessera.shared.UploadedText;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final ProjectAccess access;
    private final UploadLimits limits;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final JdbcClient jdbc;

    DocumentService(
            ProjectService projectService,
            DocumentRepository documents,
            SegmentRepository segments,
            CurrentUser currentUser,
            UploadLimits limits,
            Clock clock,
            ApplicationEventPublisher publisher,
            ProjectAccess access,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.access = access;
        this.publisher = publisher;
        this.projectService = projectService;
        this.documents = documents;
        this.segments = segments;
        this.currentUser = currentUser;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Imports UTF-8 plain text as a new document of the project, cut into segments by the source language. The
     * role, the project and the name are checked before the content is read; content over the upload limit is
     * refused (413) as soon as the limit is passed.
     */
    @Transactional
    public DocumentSummary importText(String projectSlug, String name, InputStream content, long declaredLength) {
        return importFile(projectSlug, name, SourceFormat.TEXT, content, declaredLength);
    }

    /**
     * Imports a file of the format as a new document of the project: plain text line by line, HTML, Markdown and
     * DOCX through their filters (each block a paragraph, its formatting inline codes), the original kept to write
     * the translation back into.
     */
    @Transactional
    public DocumentSummary importFile(
            String projectSlug, String name, SourceFormat format, InputStream content, long declaredLength) {
        Project project = projectService.find(projectSlug);
        String actor = access.require(project.info(), Role.MANAGER);
        String documentName = ProjectService.checkedName(name, Subject.DOCUMENT_NAME);
        if (documents.existsByProjectIdAndName(project.id(), documentName)) {
            throw duplicateName(documentName);
        }
        byte[] file = limits.readDocument(content, declaredLength);
        List<Block> blocks =
                format == SourceFormat.TEXT ? List.of() : Filters.of(format).read(file);
        String text = format == SourceFormat.TEXT ? UploadedText.decode(file) : Filters.documentText(blocks);
        if (text.isBlank()) {
            throw ApiException.validation("The document holds no text.").text("project.document-no-text");
        }
        List<SourceSegment> cut = CodePairs.keepWhole(
                Segmenter.forLanguage(project.info().sourceLocale())
                        .withAbbreviations(project.info().abbreviations())
                        .segmentDocument(text),
                text);
        for (SourceSegment s : cut) {
            if (s.text().length() > MAX_SEGMENT_LENGTH) {
                throw ApiException.validation("Segment " + s.position() + " is longer than " + MAX_SEGMENT_LENGTH
                                + " characters; break that line into sentences or paragraphs.")
                        .text("project.segment-too-long-break", String.valueOf(s.position()), MAX_SEGMENT_LENGTH);
            }
        }
        Document document;
        try {
            document = documents.saveAndFlush(
                    new Document(project.id(), documentName, text, cut.size(), format.code(), actor, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw duplicateName(documentName);
        }
        if (format.hasOriginal()) {
            jdbc.sql("insert into document_original (document_id, content) values (?, ?)")
                    .params(document.id(), file)
                    .update();
        }
        List<Segment> rows = new ArrayList<>(cut.size());
        int previousParagraph = 0;
        for (SourceSegment s : cut) {
            String codes = blocks.isEmpty()
                    ? null
                    : InlineCode.toJson(blocks.get(s.paragraph() - 1).codes());
            rows.add(new Segment(
                    document.id(),
                    s.position(),
                    s.paragraph(),
                    s.paragraph() != previousParagraph,
                    s.start(),
                    s.end(),
                    s.text(),
                    CodeMarkers.hasMarkers(s.text()) ? codes : null));
            previousParagraph = s.paragraph();
        }
        segments.saveAll(rows);
        publishImported(actor, project, document);
        return document.summary();
    }

    /** The file a document was imported from, for its formats that keep one (HTML, Markdown, DOCX). */
    @Transactional(readOnly = true)
    public Optional<byte[]> original(long documentId) {
        document(documentId);
        return storedOriginal(documentId);
    }

    private Optional<byte[]> storedOriginal(long documentId) {
        return jdbc.sql("select content from document_original where document_id = ?")
                .param(documentId)
                .query(byte[].class)
                .optional();
    }

    /**
     * Imports an uploaded file as a document named after it, its format told by its extension ({@code .txt},
     * {@code .html}/{@code .htm}, {@code .md}/{@code .markdown}, {@code .docx}); other files are refused (415).
     */
    @Transactional
    public DocumentSummary importUpload(String projectSlug, String fileName, byte[] content) {
        SourceFormat format = SourceFormat.ofFileName(fileName)
                .filter(f -> f == SourceFormat.TEXT || f.hasOriginal())
                .orElseThrow(() -> ApiException.unsupportedMediaType(
                                "Tessera imports plain text (.txt), HTML (.html), Markdown (.md) and Word (.docx)"
                                        + " files.")
                        .text("project.file-type-unsupported"));
        return importFile(projectSlug, fileName, format, new ByteArrayInputStream(content), content.length);
    }

    /** A segment of a document that arrives already cut (from a bilingual file), its codes stored as given. */
    public record CutSegment(int paragraph, String source, String codes) {}

    /**
     * Creates a document of the project from segments already cut (MANAGER and up): each paragraph becomes a line
     * of the source text, its segments joined by the source language's separator, paragraphs apart by a blank line.
     */
    @Transactional
    public DocumentSummary importSegments(String projectSlug, String name, List<CutSegment> cut) {
        Project project = projectService.find(projectSlug);
        String actor = access.require(project.info(), Role.MANAGER);
        String documentName = ProjectService.checkedName(name, Subject.DOCUMENT_NAME);
        if (documents.existsByProjectIdAndName(project.id(), documentName)) {
            throw duplicateName(documentName);
        }
        if (cut.isEmpty()) {
            throw ApiException.validation("The file holds no segment to translate.")
                    .text("project.file-no-segments");
        }
        String separator =
                dev.tessera.shared.Locales.sentenceSeparator(project.info().sourceLocale());
        StringBuilder text = new StringBuilder();
        List<int[]> ranges = new ArrayList<>(cut.size());
        int previousParagraph = 0;
        for (CutSegment s : cut) {
            if (s.source().length() > MAX_SEGMENT_LENGTH) {
                throw ApiException.validation("Segment " + (ranges.size() + 1) + " is longer than " + MAX_SEGMENT_LENGTH
                                + " characters.")
                        .text("project.segment-too-long", String.valueOf(ranges.size() + 1), MAX_SEGMENT_LENGTH);
            }
            if (s.paragraph() != previousParagraph && !text.isEmpty()) {
                text.append("\n\n");
            } else if (!text.isEmpty()) {
                text.append(separator);
            }
            ranges.add(new int[] {text.length(), text.length() + s.source().length()});
            text.append(s.source());
            previousParagraph = s.paragraph();
        }
        Document document;
        try {
            document = documents.saveAndFlush(new Document(
                    project.id(),
                    documentName,
                    text.toString(),
                    cut.size(),
                    SourceFormat.XLIFF.code(),
                    actor,
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw duplicateName(documentName);
        }
        List<Segment> rows = new ArrayList<>(cut.size());
        int paragraph = 0;
        previousParagraph = 0;
        for (int i = 0; i < cut.size(); i++) {
            CutSegment s = cut.get(i);
            boolean starts = i == 0 || s.paragraph() != previousParagraph;
            paragraph += starts ? 1 : 0;
            rows.add(new Segment(
                    document.id(),
                    i + 1,
                    paragraph,
                    starts,
                    ranges.get(i)[0],
                    ranges.get(i)[1],
                    s.source(),
                    s.codes()));
            previousParagraph = s.paragraph();
        }
        segments.saveAll(rows);
        publishImported(actor, project, document);
        return document.summary();
    }

    private void publishImported(String actor, Project project, Document document) {
        DocumentSummary summary = document.summary();
        publisher.publishEvent(new AuditEvent(
                actor,
                "document_imported",
                "document:" + summary.id(),
                "\"" + summary.name() + "\", " + summary.segmentCount() + " segment(s)",
                project.info().slug()));
    }

    @Transactional
    public DocumentSummary importText(String projectSlug, String name, byte[] content) {
        return importText(projectSlug, name, new ByteArrayInputStream(content), content.length);
    }

    /**
     * What each block (paragraph) of the document is to a reader, in order: {@code h1}…, {@code p}, {@code li},
     * {@code cell}… (see {@link Block#role()}); empty for plain text and XLIFF documents.
     */
    @Transactional(readOnly = true)
    public List<String> outline(long documentId) {
        DocumentInfo document = document(documentId);
        SourceFormat format = SourceFormat.ofCode(document.format());
        if (!format.hasOriginal()) {
            return List.of();
        }
        return storedOriginal(documentId)
                .map(file ->
                        Filters.of(format).read(file).stream().map(Block::role).toList())
                .orElse(List.of());
    }

    /** The largest document upload, in bytes. */
    public long maxDocumentBytes() {
        return limits.maxDocumentSize().toBytes();
    }

    @Transactional(readOnly = true)
    public DocumentInfo document(long documentId) {
        currentUser.require(Role.TRANSLATOR);
        DocumentRow row = find(documentId);
        ProjectInfo project = projectService.findById(row.projectId()).info();
        if (access.of(project).isEmpty()) {
            throw noDocument(documentId);
        }
        return new DocumentInfo(row.id(), row.name(), row.segmentCount(), project, row.format());
    }

    /** The ids of the project's documents. */
    @Transactional(readOnly = true)
    public List<Long> documentIds(long projectId) {
        currentUser.require(Role.TRANSLATOR);
        return documents.summaries(projectId).stream().map(DocumentSummary::id).toList();
    }

    /** The segment, if it belongs to the document; 404 otherwise. */
    @Transactional(readOnly = true)
    public SegmentInfo segment(long documentId, long segmentId) {
        currentUser.require(Role.TRANSLATOR);
        return segments.findInfo(segmentId)
                .filter(s -> s.documentId() == documentId)
                .orElseThrow(() -> ApiException.notFound(
                                "Document " + documentId + " has no segment " + segmentId + ".")
                        .text("project.segment-not-found", String.valueOf(documentId), String.valueOf(segmentId)));
    }

    /** One page of the document's segments in order (all of them with {@link Pageable#unpaged()}). */
    @Transactional(readOnly = true)
    public List<SegmentInfo> segments(long documentId, Pageable page) {
        currentUser.require(Role.TRANSLATOR);
        return segments.page(documentId, page);
    }

    /** Up to {@code limit} segments after {@code position}, in order. */
    @Transactional(readOnly = true)
    public List<SegmentInfo> segmentsAfter(long documentId, int position, int limit) {
        currentUser.require(Role.TRANSLATOR);
        return segments.after(documentId, position, PageRequest.of(0, limit));
    }

    /** The number of source words of each segment of the document, by the source language's word boundaries. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> sourceWords(long documentId) {
        DocumentInfo document = document(documentId);
        Map<Long, Integer> words = new HashMap<>();
        for (SegmentInfo segment : segments.page(documentId, Pageable.unpaged())) {
            words.put(
                    segment.id(),
                    WordCounter.count(segment.source(), document.project().sourceLocale()));
        }
        return words;
    }

    /**
     * The source words of the segments (of any documents of a project whose source language is {@code sourceLocale});
     * the caller has checked that the user may read them.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> sourceWords(java.util.Collection<Long> segmentIds, String sourceLocale) {
        Map<Long, Integer> words = new HashMap<>();
        List<Long> ids = List.copyOf(segmentIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            for (SegmentInfo segment : segments.findInfos(ids.subList(i, Math.min(ids.size(), i + 1000)))) {
                words.put(segment.id(), WordCounter.count(segment.source(), sourceLocale));
            }
        }
        return words;
    }

    @Transactional(readOnly = true)
    public String sourceText(long documentId) {
        currentUser.require(Role.TRANSLATOR);
        return documents.findSourceText(documentId).orElseThrow(() -> noDocument(documentId));
    }

    private DocumentRow find(long documentId) {
        return documents.findRow(documentId).orElseThrow(() -> noDocument(documentId));
    }

    private static ApiException noDocument(long documentId) {
        return ApiException.notFound("There is no document " + documentId + ".")
                .text("project.document-not-found", String.valueOf(documentId));
    }

    private static ApiException duplicateName(String name) {
        return ApiException.duplicate("The project has a document named \"" + name + "\" already; choose another name.")
                .text("project.document-name-taken", name);
    }
}
