package dev.tessera.dashboard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.tessera.project.DocumentService;
import dev.tessera.project.DocumentSummary;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.UploadTexts;

/** A manager uploads an article (plain text, HTML, Markdown or Word); it becomes a document named after the file. */
class ImportDocumentDialog extends Dialog {

    ImportDocumentDialog(DocumentService documents, String projectSlug, Runnable onImported) {
        setHeaderTitle(getTranslation("dashboard.import-document-dialog.title"));
        // The callback runs in the upload request, with the signed-in user's security context and the UI locked.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                DocumentSummary created = documents.importUpload(projectSlug, metadata.fileName(), bytes);
                close();
                onImported.run();
                Notification.show(getTranslation(
                                "dashboard.import-document-dialog.imported", created.name(), created.segmentCount()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ApiException e) {
                Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
        upload.setAcceptedFileTypes(
                "text/plain",
                ".txt",
                "text/html",
                ".html",
                ".htm",
                "text/markdown",
                ".md",
                ".markdown",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".docx");
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.i18n());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxDocumentBytes()));
        upload.addFileRejectedListener(e -> Notification.show(
                        getTranslation(
                                "dashboard.import-document-dialog.rejected",
                                e.getErrorMessage(),
                                documents.maxDocumentBytes() / (1024 * 1024)),
                        6000,
                        Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        upload.setId("document-upload");
        // The XLIFF import lives in the exchange feature, which the dashboard does not call: a page of its own.
        Button xliff = new Button(getTranslation("dashboard.import-document-dialog.xliff-instead"), e -> {
            close();
            UI.getCurrent().navigate("projects/" + projectSlug + "/import-xliff");
        });
        xliff.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        xliff.setId("import-xliff-instead");
        add(
                new Paragraph(getTranslation("dashboard.import-document-dialog.plain-text-help")),
                upload,
                new Paragraph(getTranslation("dashboard.import-document-dialog.xliff-help")),
                xliff);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }
}
