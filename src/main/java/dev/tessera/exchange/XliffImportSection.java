package dev.tessera.exchange;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import dev.tessera.shared.UploadLimits;
import dev.tessera.translation.ImportReport;
import java.io.IOException;
import java.io.InputStream;

/** The way back in: an XLIFF of this document and locale, edited elsewhere, uploaded, applied and reported. */
class XliffImportSection extends VerticalLayout {

    private final XliffImport xliffImport;
    private final long documentId;
    private final String locale;
    private final Upload upload = new Upload(this::receive);
    private final ProgressBar progress = XliffUploads.progress();
    /** Mirrors the checkbox for the upload request, which reads it without holding the UI lock. */
    private volatile boolean overwrite;

    XliffImportSection(XliffImport xliffImport, UploadLimits limits, long documentId, String locale) {
        this.xliffImport = xliffImport;
        this.documentId = documentId;
        this.locale = locale;
        setPadding(false);
        addClassName("xliff-import");
        Checkbox overwriteBox = new Checkbox(getTranslation("exchange.xliff-import-section.overwrite"));
        overwriteBox.setId("import-overwrite");
        overwriteBox.addValueChangeListener(e -> overwrite = e.getValue());
        XliffUploads.configure(upload, "xliff-upload", limits);
        add(
                new H3(getTranslation("exchange.xliff-import-section.heading")),
                new Paragraph(getTranslation("exchange.xliff-import-section.explanation")),
                overwriteBox,
                upload,
                progress);
    }

    /**
     * Runs in the upload request, which holds no UI lock: the import works outside it, and each {@code access}
     * pushes, so the progress bar shows while the file is applied.
     */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        ui.access(() -> progress.setVisible(true));
        ImportReport report;
        try (InputStream in = event.getInputStream()) {
            report = xliffImport.importTranslations(documentId, locale, in, event.getFileSize(), overwrite);
        } catch (ApiException e) {
            ui.access(() -> showResult(fileName, problem(Problems.text(e))));
            return;
        } catch (RuntimeException | IOException e) {
            ui.access(() -> showResult(fileName, problem(getTranslation("exchange.xliff-import-section.failed"))));
            throw e;
        }
        ui.access(() -> showResult(fileName, new ImportReportView(report, documentId, locale)));
    }

    private void showResult(String fileName, Component body) {
        progress.setVisible(false);
        Dialog dialog = new Dialog();
        dialog.setId("import-report");
        dialog.setHeaderTitle(getTranslation("exchange.xliff-import-section.report-title", fileName));
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        // Cleared only now that the upload has long finished, so the next file can be chosen.
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                upload.clearFileList();
            }
        });
        dialog.open();
    }

    private static Paragraph problem(String message) {
        Paragraph problem = new Paragraph(message);
        problem.setId("import-error");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #c00)");
        return problem;
    }
}
