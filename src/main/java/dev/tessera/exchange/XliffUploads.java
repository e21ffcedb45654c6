package dev.tessera.exchange;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.shared.UploadLimits;
import dev.tessera.shared.UploadTexts;

/**
 * What every XLIFF upload of the browser shares: one file, its types, the size limit, a progress bar, and the
 * upload's own texts in the reader's language.
 */
final class XliffUploads {

    private XliffUploads() {}

    static void configure(Upload upload, String id, UploadLimits limits) {
        long maxBytes = limits.maxXliffSize().toBytes();
        upload.setId(id);
        upload.setAcceptedFileTypes(".xlf", ".xliff", ".xml");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setI18n(UploadTexts.i18n());
        upload.addFileRejectedListener(e -> Notification.show(
                        I18NProvider.translate(
                                "exchange.upload.rejected", e.getErrorMessage(), maxBytes / (1024 * 1024)),
                        6000,
                        Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }

    /** Shown while the server applies the file, after the upload's own progress reached its end. */
    static ProgressBar progress() {
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        return progress;
    }
}
