package dev.tessera.exchange;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import dev.tessera.project.ManagedProjectView;
import dev.tessera.project.ProjectAccess;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import dev.tessera.shared.UploadLimits;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;

/**
 * A manager makes a new document of the project from another tool's bilingual XLIFF (1.2 or 2.x): its source
 * segments and, where it has them, its targets. URL: {@code /projects/{slug}/import-xliff}.
 */
@Route("projects/:slug/import-xliff")
@PermitAll
class ImportXliffView extends ManagedProjectView {

    private final XliffImport xliffImport;
    private final UploadLimits limits;
    private final ProgressBar progress = XliffUploads.progress();
    private Upload upload;
    private final Div result = new Div();

    ImportXliffView(XliffImport xliffImport, ProjectService projects, ProjectAccess access, UploadLimits limits) {
        super(projects, access, I18NProvider.translate("exchange.import-xliff-view.page-name"));
        this.xliffImport = xliffImport;
        this.limits = limits;
        addClassName("import-xliff-view");
    }

    @Override
    protected String titleOf(ProjectInfo project) {
        return getTranslation("exchange.import-xliff-view.title", project.name());
    }

    @Override
    protected Component heading(ProjectInfo project) {
        return new H2(getTranslation("exchange.import-xliff-view.heading", project.name()));
    }

    @Override
    protected Paragraph denial(ProjectInfo project) {
        return denied("import-xliff-denied", getTranslation("exchange.import-xliff-view.denied"));
    }

    @Override
    protected void addContent(ProjectInfo project) {
        upload = new Upload(this::receive);
        XliffUploads.configure(upload, "xliff-document-upload", limits);
        result.setId("xliff-document-result");
        add(
                new Paragraph(getTranslation(
                        "exchange.import-xliff-view.explanation",
                        project.sourceLocale(),
                        String.join(", ", project.targetLocales()))),
                upload,
                progress,
                result);
    }

    /** Runs in the upload request without the UI lock; each {@code access} pushes (see XliffImportSection). */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = XliffImport.baseName(event.getFileName());
        ui.access(() -> {
            result.removeAll();
            progress.setVisible(true);
        });
        XliffImport.NewDocument created;
        try (InputStream in = event.getInputStream()) {
            created = xliffImport.importDocument(project().slug(), name, in, event.getFileSize());
        } catch (ApiException e) {
            ui.access(() -> showProblem(Problems.text(e)));
            return;
        } catch (RuntimeException | IOException e) {
            ui.access(() -> showProblem(getTranslation("exchange.import-xliff-view.failed")));
            throw e;
        }
        ui.access(() -> show(created));
    }

    private void show(XliffImport.NewDocument created) {
        progress.setVisible(false);
        upload.clearFileList();
        Paragraph summary = new Paragraph(
                created.locale() == null
                        ? getTranslation(
                                "exchange.import-xliff-view.created-without-targets",
                                created.document().name(),
                                created.document().segmentCount())
                        : getTranslation(
                                "exchange.import-xliff-view.created-with-targets",
                                created.document().name(),
                                created.document().segmentCount(),
                                created.locale()));
        summary.setId("xliff-document-summary");
        result.add(summary);
        if (created.locale() != null) {
            String editor = "documents/" + created.document().id() + "/" + created.locale();
            result.add(
                    new Anchor(editor, getTranslation("exchange.import-xliff-view.open-in", created.locale())),
                    new ImportReportView(
                            created.translations(), created.document().id(), created.locale()));
        }
        if (!created.warnings().isEmpty()) {
            UnorderedList warnings = new UnorderedList();
            warnings.setId("xliff-document-warnings");
            created.warnings().forEach(warning -> warnings.add(new ListItem(warning.shown())));
            result.add(new H4(getTranslation("exchange.import-xliff-view.warnings")), warnings);
        }
    }

    private void showProblem(String message) {
        progress.setVisible(false);
        upload.clearFileList();
        Paragraph problem = new Paragraph(message);
        problem.setId("xliff-document-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #c00)");
        result.add(problem);
    }
}
