package dev.tessera.project;

import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.AuditEvent;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joins two segments of a block, or splits one, when the segmenter got a sentence wrong. The document's source
 * text never changes: a segment is a range of it, and the ranges move. Every target locale changes at once, so
 * only the project's managers, and reviewers who work on all its target locales, may.
 */
@Service
public class SegmentEdits {

    private final DocumentService documents;
    private final SegmentRepository segments;
    private final DocumentRepository documentRows;
    private final ProjectAccess access;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final ProjectAdministration administration;
    private final ProjectService projects;

    SegmentEdits(
            DocumentService documents,
            SegmentRepository segments,
            DocumentRepository documentRows,
            ProjectAccess access,
            JdbcClient jdbc,
            ApplicationEventPublisher publisher,
            ProjectAdministration administration,
            ProjectService projects) {
        this.projects = projects;
        this.administration = administration;
        this.documents = documents;
        this.segments = segments;
        this.documentRows = documentRows;
        this.access = access;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /**
     * Joins the segment with the next one of its block; answers the joined segment, with the abbreviation the first
     * part ended with, if any, for the project to remember.
     */
    @Transactional
    public JoinedSegment join(long documentId, long segmentId) {
        DocumentInfo document = documents.document(documentId);
        String actor = requireEditor(document.project());
        Segment first = segment(documentId, segmentId);
        Segment next = segments.findByDocumentIdAndPosition(documentId, first.getPosition() + 1)
                .orElseThrow(() -> ApiException.validation("Segment " + first.getPosition()
                                + " is the last of the document; there is nothing after it to join.")
                        .text("project.join-last", String.valueOf(first.getPosition())));
        if (next.getParagraph() != first.getParagraph()) {
            throw new ApiException(
                            org.springframework.http.HttpStatus.BAD_REQUEST,
                            "not_same_paragraph",
                            "Segments " + first.getPosition() + " and " + next.getPosition()
                                    + " are in different blocks; only sentences of one block can be joined.")
                    .text(
                            "project.join-other-block",
                            String.valueOf(first.getPosition()),
                            String.valueOf(next.getPosition()));
        }
        if (first.getCodes() != null
                && next.getCodes() != null
                && !first.getCodes().equals(next.getCodes())) {
            throw ApiException.validation("Segments " + first.getPosition() + " and " + next.getPosition()
                            + " carry inline codes of their own (from a bilingual file); they cannot be joined.")
                    .text(
                            "project.reshape-codes",
                            String.valueOf(first.getPosition()),
                            String.valueOf(next.getPosition()));
        }
        String abbreviation = Abbreviations.unknownEndingOf(
                first.getSource(), document.project().abbreviations());
        String text = documents.sourceText(documentId);
        first.extendTo(next, text);
        segments.saveAndFlush(first);
        publisher.publishEvent(new SegmentsReshaped(
                documentId, document.project(), SegmentsReshaped.Kind.JOINED, first.getId(), next.getId()));
        segments.delete(next);
        segments.flush();
        shift(documentId, next.getPosition(), -1);
        documentRows.changeSegmentCount(documentId, -1);
        audit(actor, "segments_joined", document, first.getPosition() + " + " + next.getPosition());
        return new JoinedSegment(
                first.getId(),
                documentId,
                first.getPosition(),
                first.getParagraph(),
                first.isParagraphStart(),
                first.getSource(),
                abbreviation);
    }

    /**
     * Splits the segment at {@code offset} (UTF-16 code units of its source); answers the two parts. The space at
     * the cut stays between them, outside both.
     */
    @Transactional
    public List<SegmentInfo> split(long documentId, long segmentId, Integer offset) {
        DocumentInfo document = documents.document(documentId);
        String actor = requireEditor(document.project());
        Segment segment = segment(documentId, segmentId);
        String source = segment.getSource();
        if (offset == null
                || offset <= 0
                || offset >= source.length()
                || Character.isLowSurrogate(source.charAt(offset))
                || source.substring(0, offset).isBlank()
                || source.substring(offset).isBlank()) {
            throw ApiException.validation("The offset must be a place between two characters of the source, with"
                            + " text on both sides (1 to " + (source.length() - 1) + ").")
                    .text("project.split-offset", String.valueOf(source.length() - 1));
        }
        if (!CodePairs.balanced(source.substring(0, offset)) || !CodePairs.balanced(source.substring(offset))) {
            throw ApiException.validation("A split there would part a code's start from its end; split before the"
                            + " code opens or after it closes.")
                    .text("project.split-breaks-code");
        }
        shift(documentId, segment.getPosition() + 1, +1);
        Segment second = segment.cutAt(offset);
        segments.saveAndFlush(segment);
        segments.saveAndFlush(second);
        documentRows.changeSegmentCount(documentId, 1);
        publisher.publishEvent(new SegmentsReshaped(
                documentId, document.project(), SegmentsReshaped.Kind.SPLIT, segment.getId(), second.getId()));
        audit(actor, "segment_split", document, segment.getPosition() + " at " + offset);
        return List.of(info(segment), info(second));
    }

    /**
     * Has the project remember an abbreviation after which its source never ends a sentence (MANAGER and up): the
     * documents imported next are cut accordingly.
     */
    @Transactional
    public ProjectInfo rememberAbbreviation(String projectSlug, String abbreviation) {
        List<String> abbreviations =
                new java.util.ArrayList<>(projects.project(projectSlug).abbreviations());
        abbreviations.add(abbreviation);
        return administration.update(projectSlug, ProjectChange.abbreviations(abbreviations));
    }

    /** Whether the signed-in user may change the project's abbreviations. */
    public boolean mayRemember(ProjectInfo project) {
        return access.of(project)
                .map(standing -> standing.includes(Role.MANAGER))
                .orElse(false);
    }

    /** Whether the signed-in user may join and split the project's segments. */
    public boolean mayReshape(ProjectInfo project) {
        return access.of(project).map(standing -> reshapes(project, standing)).orElse(false);
    }

    private static boolean reshapes(ProjectInfo project, ProjectAccess.Access standing) {
        return standing.includes(Role.MANAGER)
                || (standing.includes(Role.REVIEWER)
                        && project.targetLocales().stream().allMatch(standing::writes));
    }

    private String requireEditor(ProjectInfo project) {
        ProjectAccess.Access standing = access.visible(project);
        if (!reshapes(project, standing)) {
            throw ApiException.forbidden("Joining and splitting segments changes every target locale of \""
                            + project.slug() + "\": a manager's work, or a reviewer's who works on all of them.")
                    .text("project.reshape-not-permitted", project.slug());
        }
        return standing.username();
    }

    private Segment segment(long documentId, long segmentId) {
        return segments.findById(segmentId)
                .filter(s -> s.getDocumentId() == documentId)
                .orElseThrow(() -> ApiException.notFound(
                                "Document " + documentId + " has no segment " + segmentId + ".")
                        .text("project.segment-not-found", String.valueOf(documentId), String.valueOf(segmentId)));
    }

    /** Moves the segments from {@code position} on by {@code by}, through negative positions (one position each). */
    private void shift(long documentId, int position, int by) {
        jdbc.sql("update segment set position = -(position + ?) where document_id = ? and position >= ?")
                .params(by, documentId, position)
                .update();
        jdbc.sql("update segment set position = -position where document_id = ? and position < 0")
                .param(documentId)
                .update();
    }

    private void audit(String actor, String action, DocumentInfo document, String detail) {
        publisher.publishEvent(new AuditEvent(
                actor,
                action,
                "document:" + document.id(),
                "\"" + document.name() + "\", " + detail,
                document.project().slug()));
    }

    private static SegmentInfo info(Segment segment) {
        return new SegmentInfo(
                segment.getId(),
                segment.getDocumentId(),
                segment.getPosition(),
                segment.getParagraph(),
                segment.isParagraphStart(),
                segment.getSource());
    }
}
