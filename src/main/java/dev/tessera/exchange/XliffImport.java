package dev.tessera.exchange;

import dev.tessera.formats.InlineCode;
import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.project.DocumentSummary;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.project.SegmentInfo;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.AuditEvent;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.Locales;
import dev.tessera.shared.Sentence;
import dev.tessera.shared.UploadLimits;
import dev.tessera.translation.ImportReport;
import dev.tessera.translation.ImportedUnit;
import dev.tessera.translation.StaleVersionException;
import dev.tessera.translation.TranslationImport;
import dev.tessera.translation.review.IssueCategory;
import dev.tessera.translation.review.IssueRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * XLIFF in: a file Tessera exported comes back into its document and locale, and another tool's bilingual file
 * becomes a new document. File-level problems are 400 and change nothing.
 */
@Service
public class XliffImport {

    private static final Pattern TESSERA_UNIT = Pattern.compile("s([0-9]{1,18})");
    /** What one segment's inline codes may take, well under a text column's limit. */
    private static final int MAX_CODES_JSON = 200_000;

    private final DocumentService documents;
    private final ProjectService projects;
    private final TranslationImport translations;
    private final UploadLimits limits;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher publisher;

    XliffImport(
            DocumentService documents,
            ProjectService projects,
            TranslationImport translations,
            UploadLimits limits,
            CurrentUser currentUser,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher publisher) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.publisher = publisher;
        this.documents = documents;
        this.projects = projects;
        this.translations = translations;
        this.limits = limits;
        this.currentUser = currentUser;
    }

    /** A new document made from a bilingual file, and what became of the file's targets. */
    public record NewDocument(
            DocumentSummary document, String locale, ImportReport translations, List<Sentence> warnings) {}

    /**
     * Applies a file Tessera exported (XLIFF 1.2 or 2.x, possibly edited elsewhere) to the document in the locale
     * (TRANSLATOR and up). The file is read and checked before the transaction that applies it begins.
     */
    public ImportReport importTranslations(
            long documentId, String locale, InputStream body, long declaredLength, boolean overwrite) {
        String actor = currentUser.require(Role.TRANSLATOR);
        DocumentInfo document = documents.document(documentId);
        String target = Locales.canonical(locale);
        XliffFile file = XliffReader.read(new ByteArrayInputStream(limits.readXliff(body, declaredLength)));
        if (!file.tessera()) {
            throw ApiException.validation("This file was not exported by Tessera, so it cannot come back into a"
                            + " document; a manager can import it as a new document.")
                    .text("exchange.not-from-tessera");
        }
        checkLanguages(file, document.project(), target);
        List<ImportedUnit> units = new ArrayList<>();
        List<ImportReport.Refusal> refused = new ArrayList<>();
        for (XliffFile.Unit unit : file.units()) {
            Matcher id = TESSERA_UNIT.matcher(unit.id());
            Sentence extra = unit.target() == null ? null : foreignCode(unit);
            if (extra != null) {
                refused.add(new ImportReport.Refusal(unit.id(), extra));
            } else {
                units.add(new ImportedUnit(
                        unit.id(),
                        id.matches() ? Long.valueOf(id.group(1)) : null,
                        unit.version(),
                        unit.source().textInBlockNumbers(),
                        unit.target() == null ? null : unit.target().textInBlockNumbers(),
                        intent(unit),
                        issues(unit)));
            }
        }
        return applying(() -> transaction.execute(status -> {
            ImportReport applied = translations.apply(documentId, target, units, overwrite);
            refused.addAll(applied.refused());
            ImportReport report = new ImportReport(
                    applied.updated(),
                    applied.unchanged(),
                    applied.approved(),
                    applied.conflicts(),
                    refused,
                    applied.issues());
            publishImported(actor, document, target, report);
            return report;
        }));
    }

    /**
     * Makes a new document of the project from another tool's bilingual file (MANAGER and up): its source
     * segments with their inline codes and, where present, its targets and states, applied as the importer's work,
     * all in one transaction.
     */
    public NewDocument importDocument(String slug, String name, InputStream body, long declaredLength) {
        ProjectInfo project = projects.managed(slug);
        String actor = currentUser.require(Role.MANAGER);
        byte[] bytes = limits.readXliff(body, declaredLength);
        XliffFile file = XliffReader.read(new ByteArrayInputStream(bytes));
        if (file.family() == 2) {
            Xliff2Validation.check(bytes);
        }
        if (!Locales.languageAndScript(file.sourceLocale()).equals(Locales.languageAndScript(project.sourceLocale()))) {
            throw ApiException.validation("The file's source language is " + file.sourceLocale() + "; the project \""
                            + slug + "\" translates from " + project.sourceLocale() + ".")
                    .text("exchange.source-not-project", file.sourceLocale(), slug, project.sourceLocale());
        }
        boolean targets = file.units().stream().anyMatch(u -> u.target() != null);
        String locale = file.targetLocale() == null
                ? null
                : Locales.matching(file.targetLocale(), project.targetLocales()).orElse(null);
        if (targets && locale == null) {
            throw ApiException.validation("The file holds "
                            + (file.targetLocale() == null
                                    ? "targets without a" + " target language"
                                    : file.targetLocale() + " targets")
                            + "; the project \"" + slug
                            + "\" translates into " + project.targetLocales()
                            + ". Add the locale to the project first.")
                    .text(
                            "exchange.targets-not-project",
                            file.targetLocale() == null ? "none" : "locale",
                            String.valueOf(file.targetLocale()),
                            slug,
                            String.valueOf(project.targetLocales()));
        }
        List<DocumentService.CutSegment> cut = new ArrayList<>();
        List<XliffFile.Unit> kept = new ArrayList<>();
        for (XliffFile.Unit unit : file.units()) {
            if (CodeMarkers.strip(unit.source().text()).isBlank()) {
                continue;
            }
            String codes = InlineCode.toJson(unit.codes());
            if (codes != null && codes.length() > MAX_CODES_JSON) {
                throw ApiException.validation("Unit \"" + unit.id() + "\" carries more inline code data than Tessera"
                                + " keeps for one segment (" + MAX_CODES_JSON + " characters).")
                        .text("exchange.unit-codes-too-large", unit.id(), MAX_CODES_JSON);
            }
            cut.add(new DocumentService.CutSegment(
                    unit.paragraph(), unit.source().text(), codes));
            kept.add(unit);
        }
        String documentName = name == null || name.isBlank() ? fileName(file.original()) : name;
        return applying(() -> transaction.execute(status -> {
            DocumentSummary created = documents.importSegments(slug, documentName, cut);
            List<SegmentInfo> segments = documents.segments(created.id(), Pageable.unpaged());
            List<ImportedUnit> units = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                XliffFile.Unit unit = kept.get(i);
                if (unit.target() != null) {
                    units.add(new ImportedUnit(
                            unit.id(),
                            segments.get(i).id(),
                            0,
                            unit.source().text(),
                            unit.target().text(),
                            intent(unit)));
                }
            }
            ImportReport report = units.isEmpty()
                    ? new ImportReport(0, 0, 0, List.of(), List.of())
                    : translations.apply(created.id(), locale, units, false);
            // The document's own entry (document_imported) comes from DocumentService; this one tells its targets.
            if (!units.isEmpty()) {
                publishImported(
                        actor,
                        new DocumentInfo(
                                created.id(), created.name(), created.segmentCount(), project, created.format()),
                        locale,
                        report);
            }
            return new NewDocument(created, targets ? locale : null, report, file.warnings());
        }));
    }

    private void publishImported(String actor, DocumentInfo document, String locale, ImportReport report) {
        publisher.publishEvent(new AuditEvent(
                actor,
                "xliff_imported",
                "document:" + document.id(),
                "updated " + report.updated() + ", unchanged " + report.unchanged() + ", conflicts "
                        + report.conflicts().size() + ", refused "
                        + report.refused().size() + ", locale " + locale,
                document.project().slug()));
    }

    /** Someone else wrote while the file was applied: the transaction is gone, and so is every change of it. */
    private static <T> T applying(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ConcurrencyFailureException | DataIntegrityViolationException | StaleVersionException e) {
            throw new ApiException(
                            HttpStatus.CONFLICT,
                            "concurrent_change",
                            "Someone changed these translations"
                                    + " while the file was applied; nothing was imported. Import the file again.")
                    .text("exchange.concurrent-change");
        }
    }

    private static void checkLanguages(XliffFile file, ProjectInfo project, String locale) {
        if (file.targetLocale() == null) {
            throw ApiException.validation("The file names no target language; it should be " + locale + ".")
                    .text("exchange.target-missing", locale);
        }
        if (!file.targetLocale().equals(locale)) {
            throw ApiException.validation("The file's target language is " + file.targetLocale() + ", not " + locale
                            + ": import it into " + file.targetLocale() + ", or export " + locale + " again.")
                    .text("exchange.target-mismatch", file.targetLocale(), locale);
        }
        if (!file.sourceLocale().equals(project.sourceLocale())) {
            throw ApiException.validation("The file's source language is " + file.sourceLocale() + ", not the"
                            + " project's " + project.sourceLocale() + ".")
                    .text("exchange.source-mismatch", file.sourceLocale(), project.sourceLocale());
        }
    }

    /** A target code the source lacks cannot be written back into a document whose codes are fixed. */
    private static Sentence foreignCode(XliffFile.Unit unit) {
        int known = unit.source().codes().size();
        String text = unit.target().text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CodeMarkers.isMarker(c) && CodeMarkers.index(c) >= known) {
                InlineCode code = unit.target().codes().get(CodeMarkers.index(c));
                return Sentence.keyed(
                        "exchange.import.foreign-code",
                        "The target has an inline code the source lacks: " + code.open() + ".",
                        code.open());
            }
        }
        return null;
    }

    /** The ITS issues on the unit's target whose type an MQM category covers, as issues to file. */
    private static List<IssueRequest> issues(XliffFile.Unit unit) {
        List<IssueRequest> requests = new ArrayList<>();
        for (ItsIssues.Mark mark : unit.issues()) {
            IssueCategory category = ItsIssues.category(mark.type());
            if (category != null) {
                boolean span = mark.start() >= 0 && mark.end() > mark.start();
                requests.add(new IssueRequest(
                        category,
                        ItsIssues.severity(mark.severity()),
                        span ? mark.start() : null,
                        span ? mark.end() : null,
                        mark.comment(),
                        null));
            }
        }
        return requests;
    }

    /** What the unit's state asks for, by the mapping in DESIGN.md. */
    static ImportedUnit.Intent intent(XliffFile.Unit unit) {
        String state = unit.state() == null ? "" : unit.state().toLowerCase(Locale.ROOT);
        if (unit.approved() || state.equals("signed-off") || state.equals("final") || state.equals("reviewed")) {
            return ImportedUnit.Intent.APPROVED;
        }
        return switch (state) {
            case "new", "needs-translation", "initial" -> ImportedUnit.Intent.IN_PROGRESS;
            case "translated" -> ImportedUnit.Intent.TRANSLATED;
            default -> ImportedUnit.Intent.UNSPECIFIED;
        };
    }

    private static String fileName(String original) {
        if (original == null || original.isBlank()) {
            throw ApiException.validation("Name the document: ?name=…").text("exchange.document-name-missing");
        }
        return baseName(original);
    }

    /** A file's name without the folders a path or a browser may put before it. */
    static String baseName(String path) {
        String name = path == null ? "" : path.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
