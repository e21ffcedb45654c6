package dev.tessera.translation;

import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.project.ProjectAccess;
import dev.tessera.project.SegmentInfo;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Sentence;
import dev.tessera.translation.quality.QualityService;
import dev.tessera.translation.review.IssueService;
import dev.tessera.translation.review.ReviewRequest;
import dev.tessera.translation.review.ReviewService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the units of a file that comes back into its document (TRANSLATOR and up), each by the rules of the PUT
 * and review endpoints with the importer as the actor, all in one transaction: a unit whose translation changed in
 * Tessera since the export is a conflict and is not written unless {@code overwrite}; approvals the importer may not
 * give, or that unwaived errors block, leave the segment TRANSLATED and are listed.
 */
@Service
public class TranslationImport {

    private final TranslationService translationService;
    private final ReviewService reviewService;
    private final QualityService quality;
    private final DocumentService documents;
    private final TranslationRepository translations;
    private final CurrentUser currentUser;
    private final ProjectAccess access;

    private final IssueService issueService;

    TranslationImport(
            TranslationService translationService,
            ReviewService reviewService,
            QualityService quality,
            DocumentService documents,
            TranslationRepository translations,
            CurrentUser currentUser,
            ProjectAccess access,
            IssueService issueService) {
        this.access = access;
        this.issueService = issueService;
        this.translationService = translationService;
        this.reviewService = reviewService;
        this.quality = quality;
        this.documents = documents;
        this.translations = translations;
        this.currentUser = currentUser;
    }

    @Transactional
    public ImportReport apply(long documentId, String locale, List<ImportedUnit> units, boolean overwrite) {
        currentUser.require(Role.TRANSLATOR);
        DocumentInfo document = documents.document(documentId);
        String target = TranslationService.targetLocale(document, locale);
        String actor = access.requireWrite(document.project(), target, Role.TRANSLATOR);
        boolean reviewer = access.visible(document.project()).includes(Role.REVIEWER);
        // Held to the end: nobody writes these translations while the file is applied.
        quality.lockLocale(List.of(documentId), target);
        Map<Long, SegmentInfo> segments = documents.segments(documentId, Pageable.unpaged()).stream()
                .collect(Collectors.toMap(SegmentInfo::id, s -> s));
        if (!units.isEmpty()
                && units.stream().noneMatch(u -> u.segmentId() != null && segments.containsKey(u.segmentId()))) {
            throw ApiException.validation("This file is not document " + documentId + "'s: none of its units is one"
                            + " of the document's segments.")
                    .text("translation.import-other-document", documentId);
        }
        Map<Long, TranslationState> current = new HashMap<>();
        translations.findByDocumentIdAndLocale(documentId, target).forEach(t -> current.put(t.segmentId(), t.state()));
        Set<Long> seen = new HashSet<>();
        Tally tally = new Tally();
        for (ImportedUnit unit : units) {
            SegmentInfo segment = unit.segmentId() == null ? null : segments.get(unit.segmentId());
            if (segment == null) {
                tally.refuse(
                        unit,
                        Sentence.keyed(
                                "translation.import.no-segment", "No segment of this document has this unit's id."));
            } else if (!seen.add(segment.id())) {
                tally.refuse(
                        unit,
                        Sentence.keyed(
                                "translation.import.twice",
                                "The file holds this segment twice; only its first unit was applied."));
            } else if (!sameText(segment.source(), unit.source())) {
                tally.refuse(
                        unit,
                        Sentence.keyed(
                                "translation.import.other-source",
                                "The unit's source is not the segment's source; a file of another document or"
                                        + " an edited source cannot come back."));
            } else {
                int troubles = tally.conflicts.size() + tally.refused.size();
                apply(
                        document,
                        segment,
                        target,
                        unit,
                        current.getOrDefault(segment.id(), TranslationState.UNTRANSLATED),
                        overwrite,
                        reviewer,
                        actor,
                        tally);
                if (reviewer && !unit.issues().isEmpty() && tally.conflicts.size() + tally.refused.size() == troubles) {
                    tally.issues += issueService.fileImported(documentId, segment.id(), target, unit.issues(), actor);
                }
            }
        }
        return new ImportReport(
                tally.updated, tally.unchanged, tally.approved, tally.conflicts, tally.refused, tally.issues);
    }

    private void apply(
            DocumentInfo document,
            SegmentInfo segment,
            String locale,
            ImportedUnit unit,
            TranslationState before,
            boolean overwrite,
            boolean reviewer,
            String actor,
            Tally tally) {
        if (unit.target() == null || unit.target().isBlank() && before.target() == null) {
            tally.unchanged++;
            return;
        }
        if (unit.target().isBlank()) {
            tally.refuse(
                    unit,
                    Sentence.keyed(
                            "translation.import.empty-target",
                            "The target is empty; an import does not erase a translation."));
            return;
        }
        boolean changed = !unit.target().equals(before.target());
        boolean approve = unit.intent() == ImportedUnit.Intent.APPROVED
                && (changed || !before.status().isApproved());
        TranslationStatus status = null;
        if (changed) {
            status = unit.intent() == ImportedUnit.Intent.IN_PROGRESS
                    ? TranslationStatus.DRAFT
                    : TranslationStatus.TRANSLATED;
        } else if ((approve || unit.intent() == ImportedUnit.Intent.TRANSLATED)
                && (before.status() == TranslationStatus.DRAFT || before.status() == TranslationStatus.REJECTED)) {
            status = TranslationStatus.TRANSLATED;
        }
        if (status == null && !approve) {
            tally.unchanged++;
            return;
        }
        if (!overwrite && (unit.version() == null || unit.version() != before.version())) {
            tally.conflicts.add(new ImportReport.Conflict(
                    segment.id(),
                    unit.version() == null
                            ? Sentence.keyed(
                                    "translation.import.conflict-no-version",
                                    "The file does not say which version it was made from; import with overwrite=true"
                                            + " to replace the translation in Tessera.")
                            : Sentence.keyed(
                                    "translation.import.conflict-changed",
                                    "Changed in Tessera since the export (version " + unit.version() + " in the file, "
                                            + before.version() + " now, " + before.status()
                                            + "); import with overwrite=true to replace it.",
                                    unit.version(),
                                    before.version(),
                                    before.status().name())));
            return;
        }
        if (before.status().isApproved() && !reviewer) {
            tally.refuse(
                    unit,
                    Sentence.keyed(
                            "problem.translation.segment-approved",
                            "The segment is approved; only a reviewer can change it now."));
            return;
        }
        TranslationState now = before;
        if (status != null) {
            try {
                now = translationService
                        .saveJoined(
                                document,
                                segment,
                                locale,
                                new TranslationUpdate(unit.target(), status, before.version()),
                                actor)
                        .state();
            } catch (ApiException e) {
                tally.refuse(unit, Sentence.of(e));
                return;
            }
        }
        boolean approved = approve && approve(document, segment, locale, unit, now, status != null, reviewer, tally);
        if (status != null || approved) {
            tally.updated++;
        }
    }

    private boolean approve(
            DocumentInfo document,
            SegmentInfo segment,
            String locale,
            ImportedUnit unit,
            TranslationState now,
            boolean wrote,
            boolean reviewer,
            Tally tally) {
        String written = (wrote ? "Written as " : "Left ") + now.status() + ", not approved: ";
        String status = now.status().name();
        String how = wrote ? "written" : "left";
        if (!reviewer) {
            tally.refuse(unit, notApproved(written + "approving needs a reviewer.", how, status, "reviewer", 0, ""));
            return false;
        }
        if (now.status() != TranslationStatus.TRANSLATED) {
            tally.refuse(
                    unit,
                    notApproved(
                            written + "only a TRANSLATED segment can be approved.", how, status, "translated", 0, ""));
            return false;
        }
        List<SegmentFinding> blocking = reviewService.blockingFindings(segment.id(), locale);
        if (!blocking.isEmpty()) {
            String checks =
                    blocking.stream().map(SegmentFinding::check).distinct().collect(Collectors.joining(", "));
            tally.refuse(
                    unit,
                    notApproved(
                            written + blocking.size() + " unwaived error(s) block approval (" + checks + ").",
                            how,
                            status,
                            "blocked",
                            blocking.size(),
                            checks));
            return false;
        }
        reviewService.review(
                document.id(),
                segment.id(),
                locale,
                new ReviewRequest(ReviewRequest.Action.APPROVE, null, now.version()));
        tally.approved++;
        return true;
    }

    private static Sentence notApproved(
            String english, String how, String status, String why, int errors, String checks) {
        return Sentence.keyed("translation.import.not-approved", english, how, status, why, errors, checks);
    }

    /** Texts are the same when they differ at most in runs of white space (XLIFF tools may reflow them). */
    static boolean sameText(String a, String b) {
        return a != null
                && b != null
                && a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }

    private static final class Tally {
        int updated;
        int unchanged;
        int approved;
        int issues;
        final List<ImportReport.Conflict> conflicts = new ArrayList<>();
        final List<ImportReport.Refusal> refused = new ArrayList<>();

        void refuse(ImportedUnit unit, Sentence reason) {
            refused.add(new ImportReport.Refusal(unit.unitId(), reason));
        }
    }
}
