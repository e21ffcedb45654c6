package dev.tessera.exchange;

import dev.tessera.formats.SourceFormat;
import dev.tessera.glossary.TermBase;
import dev.tessera.glossary.TermIndex;
import dev.tessera.memory.MatchService;
import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.project.DocumentSummary;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.project.PublishFolder;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.AuditEvent;
import dev.tessera.shared.FileNames;
import dev.tessera.shared.Locales;
import dev.tessera.translation.ExportReader;
import dev.tessera.translation.ExportRow;
import dev.tessera.translation.TranslationStatus;
import dev.tessera.translation.review.Issue;
import dev.tessera.translation.review.IssueService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exports of a document in one locale, streamed: rows are read a page at a time while the file is written. */
@Service
public class ExchangeService {

    static final int PAGE = 1000;

    private final DocumentService documents;
    private final ExportReader reader;
    private final Clock clock;
    private final TermIndex terms;
    private final ProjectService projects;
    private final PublishFolder folder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final MatchService matches;

    private final IssueService issues;

    ExchangeService(
            DocumentService documents,
            ExportReader reader,
            Clock clock,
            TermIndex terms,
            ProjectService projects,
            PublishFolder folder,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            MatchService matches,
            IssueService issues) {
        this.matches = matches;
        this.issues = issues;
        this.publisher = publisher;
        this.folder = folder;
        this.currentUser = currentUser;
        this.projects = projects;
        this.terms = terms;
        this.documents = documents;
        this.reader = reader;
        this.clock = clock;
    }

    /** What an export will be: checked before anything is written, so that a refusal is a clean error. */
    public record Export(DocumentInfo document, String locale, ExportFormat format, ExportOptions options) {

        /** The statuses a text export shows as finished. */
        public Set<TranslationStatus> published() {
            return TranslationStatus.published(
                    options.approvedOnly(), document.project().secondReview());
        }

        public String fileName() {
            String base = FileNames.safe(document.name().replaceFirst("\\.[^.]+$", ""));
            return base + "." + locale + "." + extension();
        }

        public String mediaType() {
            return format == ExportFormat.ORIGINAL ? sourceFormat().mediaType() : format.mediaType();
        }

        public String extension() {
            return format == ExportFormat.ORIGINAL ? sourceFormat().extension() : format.extension();
        }

        SourceFormat sourceFormat() {
            return SourceFormat.ofCode(document.format());
        }
    }

    /**
     * Checks the export (any signed-in role): the locale must be the project's; a text export of unfinished work
     * is refused (409 listing the segments) unless it falls back to the source.
     */
    @Transactional(readOnly = true)
    public Export prepare(long documentId, String locale, ExportFormat format, ExportOptions options) {
        Export export = export(documentId, locale, format, options);
        refuseUnfinished(unfinished(export), "");
        return export;
    }

    private Export export(long documentId, String locale, ExportFormat format, ExportOptions options) {
        DocumentInfo document = documents.document(documentId);
        ExportFormat written = format;
        if (format == ExportFormat.ORIGINAL
                && !SourceFormat.ofCode(document.format()).hasOriginal()) {
            written = document.format().equals(SourceFormat.XLIFF.code()) ? ExportFormat.XLIFF21 : ExportFormat.TEXT;
        }
        return new Export(document, reader.targetLocale(document, locale), written, options);
    }

    /** The segments a text export cannot show (none for other formats, or when the source stands in for them). */
    private List<Long> unfinished(Export export) {
        boolean whole = export.format() == ExportFormat.TEXT || export.format() == ExportFormat.ORIGINAL;
        if (!whole || export.options().fallbackToSource()) {
            return List.of();
        }
        return reader.unfinished(export.document().id(), export.locale(), export.published());
    }

    private static void refuseUnfinished(List<Long> unfinished, String where) {
        if (!unfinished.isEmpty()) {
            throw new ApiException(
                            HttpStatus.CONFLICT,
                            "invalid_state",
                            unfinished.size() + " segment(s)" + where
                                    + " are not finished; finish them, or export with fallback=source to put their source text in"
                                    + " their place.",
                            Map.of("segments", unfinished))
                    .text("exchange.unfinished", unfinished.size(), where.isEmpty() ? "document" : "project");
        }
    }

    /**
     * Checks the export of every document of the project; for text, the unfinished segments of all of them make
     * one 409.
     */
    @Transactional(readOnly = true)
    public List<Export> prepareProject(String slug, String locale, ExportFormat format, ExportOptions options) {
        List<Export> exports = new java.util.ArrayList<>();
        List<Long> unfinished = new java.util.ArrayList<>();
        for (DocumentSummary summary : projects.documents(slug)) {
            Export export = export(summary.id(), locale, format, options);
            exports.add(export);
            unfinished.addAll(unfinished(export));
        }
        refuseUnfinished(unfinished, " of the project's documents");
        return exports;
    }

    /** Writes the exports as a zip, one file per document; the caller's stream is left open. */
    @Transactional(readOnly = true)
    public void writeZip(List<Export> exports, OutputStream out) {
        try {
            java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out, StandardCharsets.UTF_8);
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Export export : exports) {
                String name = export.fileName();
                for (int n = 2; !names.add(name); n++) {
                    name = n + "-" + export.fileName();
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                write(export, new EntryStream(zip));
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Publishes the project (MANAGER and up): every document in each locale and format is written into
     * {@code translations/<slug>/<locale>/}. Everything is checked first: a text of unfinished work is one 409
     * for all, and then nothing is written.
     */
    @Transactional(readOnly = true)
    public Published publish(String slug, List<String> locales, List<String> formats) {
        ProjectInfo project = projects.managed(slug);
        String actor = currentUser.require(Role.MANAGER);
        if (locales == null || locales.isEmpty() || formats == null || formats.isEmpty()) {
            throw ApiException.validation("Name the \"locales\" and the \"formats\" to publish.")
                    .text("exchange.publish-nothing");
        }
        List<Export> exports = new java.util.ArrayList<>();
        for (String locale : locales) {
            for (String format : formats) {
                exports.addAll(prepareProject(
                        slug, locale, ExportFormat.parse(format), new ExportOptions(false, false, false)));
            }
        }
        List<String> files = new java.util.ArrayList<>();
        Map<String, List<Integer>> repaired = new java.util.TreeMap<>();
        for (Export export : exports) {
            List<Integer> fixed = new java.util.ArrayList<>();
            String file =
                    folder.write(project, export.locale(), export.fileName(), out -> fixed.addAll(write(export, out)));
            files.add(file);
            if (!fixed.isEmpty()) {
                repaired.put(file, fixed);
            }
        }
        publisher.publishEvent(new AuditEvent(
                actor,
                "published",
                "project:" + slug,
                files.size() + " file(s), locales " + String.join(" ", locales) + ", formats "
                        + String.join(" ", formats) + repairedNote(repaired),
                slug));
        return new Published(files, repaired);
    }

    /**
     * What publishing wrote.
     *
     * @param repaired by file, the positions of the segments whose inline codes were repaired to keep it
     *                 well-formed
     */
    public record Published(List<String> files, Map<String, List<Integer>> repaired) {}

    /** The audit's words for repaired segments: ", codes repaired in segment(s) 3 7", or nothing. */
    static String repairedNote(Map<String, List<Integer>> repaired) {
        if (repaired.isEmpty()) {
            return "";
        }
        StringBuilder note = new StringBuilder(", codes repaired in");
        repaired.forEach((file, positions) -> note.append(' ')
                .append(file)
                .append(" (segment(s) ")
                .append(String.join(" ", positions.stream().map(String::valueOf).toList()))
                .append(')'));
        return note.toString();
    }

    /** A zip entry as a writer sees it: writes go through, closing is left to the loop. */
    private static final class EntryStream extends java.io.FilterOutputStream {

        EntryStream(java.util.zip.ZipOutputStream zip) {
            super(zip);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Notes an export in the audit log, once the file is written: a download that failed exported nothing. */
    public void exported(String target, String detail, String project) {
        publisher.publishEvent(
                new AuditEvent(currentUser.username().orElse(null), "exported", target, detail, project));
    }

    /**
     * Writes the export; the caller's stream is left open.
     *
     * @return the positions of the segments whose inline codes were repaired to keep an original-format file
     *         well-formed
     */
    @Transactional(readOnly = true)
    public List<Integer> write(Export export, OutputStream out) {
        long documentId = export.document().id();
        String locale = export.locale();
        Rows rows = new Rows(after -> reader.page(documentId, locale, after, PAGE));
        Function<ExportRow, List<MemoryMatch>> leverage = row -> List.of();
        boolean xliff = export.format() == ExportFormat.XLIFF12 || export.format() == ExportFormat.XLIFF21;
        // Looked up only when a memory the project reads has a unit in the locale: otherwise none would be found.
        if (xliff && export.options().matches() && matches.anyUnits(documentId, locale)) {
            ExportMatches found = new ExportMatches(
                    matches, documentId, locale, (after, size) -> reader.page(documentId, locale, after, size), PAGE);
            rows = new Rows(found::page);
            leverage = found::of;
        }
        String sourceLocale = export.document().project().sourceLocale();
        Map<Long, List<Issue>> standing = xliff ? issues.standing(documentId, locale) : Map.of();
        Function<ExportRow, List<Issue>> issuesOf = row -> standing.getOrDefault(row.segmentId(), List.of());
        switch (export.format()) {
            case TEXT -> {
                try {
                    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    TextExport.write(
                            documents.sourceText(documentId),
                            rows,
                            Locales.language(sourceLocale),
                            Locales.language(locale),
                            export.published(),
                            writer);
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case XLIFF12 ->
                Xliff12Writer.write(export.document().name(), sourceLocale, locale, rows, leverage, issuesOf, out);
            case XLIFF21 -> {
                TermBase base = terms.forProject(export.document().project().id(), sourceLocale);
                Xliff21Writer.write(
                        export.document().name(),
                        sourceLocale,
                        locale,
                        rows,
                        source -> base.mentions(source, locale),
                        leverage,
                        issuesOf,
                        out);
            }
            case TMX ->
                TmxWriter.write(sourceLocale, locale, rows, export.options().includeTranslated(), clock.instant(), out);
            case ORIGINAL -> {
                OriginalExport.Result written = OriginalExport.write(
                        export.sourceFormat(),
                        documents.original(documentId).orElseThrow(),
                        documents.sourceText(documentId),
                        rows,
                        export.published(),
                        locale);
                try {
                    out.write(written.content());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return written.repaired();
            }
        }
        return List.of();
    }
}
