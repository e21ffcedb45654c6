package dev.tessera.translation;

import dev.tessera.project.DocumentService;
import dev.tessera.project.DocumentSummary;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.project.SegmentInfo;
import dev.tessera.security.Role;
import dev.tessera.security.SystemActor;
import dev.tessera.security.TesseraSettings;
import dev.tessera.shared.StartupMarkers;
import dev.tessera.translation.review.ReviewRequest;
import dev.tessera.translation.review.ReviewService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, right after the demo projects are created, writes the work in progress of
 * {@code translations/<slug>/work/<locale>.tsv} into the project's first document, as the demo translator
 * (drafts and confirmations) and the demo reviewer (approvals and rejections) would have done it by hand.
 * A line is {@code position<TAB>status<TAB>target[<TAB>reviewer comment]}.
 */
@Component
@Order(2)
class DemoWorkLoader implements ApplicationRunner {

    private static final String MARKER = "demo.work.loaded";
    private static final Logger log = LoggerFactory.getLogger(DemoWorkLoader.class);

    private final TesseraSettings settings;
    private final ProjectService projects;
    private final DocumentService documents;
    private final TranslationService translations;
    private final ReviewService reviews;
    private final StartupMarkers markers;
    private final Path translationsDir;

    DemoWorkLoader(
            TesseraSettings settings,
            ProjectService projects,
            DocumentService documents,
            TranslationService translations,
            ReviewService reviews,
            StartupMarkers markers,
            @Value("${tessera.translations-dir:./translations}") Path translationsDir) {
        this.settings = settings;
        this.projects = projects;
        this.documents = documents;
        this.translations = translations;
        this.reviews = reviews;
        this.markers = markers;
        this.translationsDir = translationsDir;
    }

    record Line(int position, TranslationStatus status, String target, String comment) {}

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demo() || markers.isDone(MARKER)) {
            return;
        }
        for (ProjectInfo project : SystemActor.call(projects::projects)) {
            List<DocumentSummary> documentsOfProject = SystemActor.call(() -> projects.documents(project.slug()));
            if (documentsOfProject.isEmpty()) {
                continue;
            }
            long documentId = documentsOfProject.getFirst().id();
            for (String locale : project.targetLocales()) {
                Path file =
                        translationsDir.resolve(project.slug()).resolve("work").resolve(locale + ".tsv");
                // Work already in the locale is people's own: the demo work never writes over it.
                boolean untouched = SystemActor.call(() -> translations.editors(documentId, locale))
                        .isEmpty();
                if (untouched && Files.isRegularFile(file)) {
                    List<Line> lines = parse(file);
                    lines.forEach(line -> write(documentId, locale, line));
                    log.info(
                            "Demo mode: wrote {} segment(s) of work in {} into '{}'",
                            lines.size(),
                            locale,
                            project.slug());
                }
            }
        }
        markers.markDone(MARKER);
    }

    private void write(long documentId, String locale, Line line) {
        SegmentInfo segment =
                SystemActor.call(() -> documents.segmentsAfter(documentId, line.position() - 1, 1)).stream()
                        .findFirst()
                        .filter(s -> s.position() == line.position())
                        .orElseThrow(() -> new IllegalStateException("The demo work names segment " + line.position()
                                + ", which the document does not have."));
        TranslationStatus confirmed =
                line.status() == TranslationStatus.DRAFT ? TranslationStatus.DRAFT : TranslationStatus.TRANSLATED;
        SaveResult saved = SystemActor.callAs(
                "translator",
                Role.TRANSLATOR,
                () -> translations.save(
                        documentId, segment.id(), locale, new TranslationUpdate(line.target(), confirmed, 0), false));
        if (line.status() == TranslationStatus.APPROVED || line.status() == TranslationStatus.REJECTED) {
            ReviewRequest.Action action = line.status() == TranslationStatus.APPROVED
                    ? ReviewRequest.Action.APPROVE
                    : ReviewRequest.Action.REJECT;
            SystemActor.callAs(
                    "reviewer",
                    Role.REVIEWER,
                    () -> reviews.review(
                            documentId,
                            segment.id(),
                            locale,
                            new ReviewRequest(action, line.comment(), saved.version())));
        }
    }

    static List<Line> parse(Path file) {
        try {
            List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
            return java.util.stream.IntStream.range(0, raw.size())
                    .filter(i -> !raw.get(i).isBlank() && !raw.get(i).startsWith("#"))
                    .mapToObj(i -> line(file, i + 1, raw.get(i)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Line line(Path file, int number, String text) {
        String[] fields = text.split("\t", -1);
        try {
            TranslationStatus status = TranslationStatus.valueOf(fields[1]);
            if (fields.length != (status == TranslationStatus.REJECTED ? 4 : 3)
                    || status == TranslationStatus.UNTRANSLATED) {
                throw new IllegalArgumentException("wrong number of columns or status");
            }
            return new Line(Integer.parseInt(fields[0]), status, fields[2], fields.length > 3 ? fields[3] : null);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    file + " line " + number + ": expected position, status, target"
                            + " (and a comment for REJECTED), separated by tabs.",
                    e);
        }
    }
}
