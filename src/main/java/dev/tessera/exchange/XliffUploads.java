package dev.tessera.exchange;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import dev.tessera.shared.UploadLimits;

/** What every XLIFF upload of the browser shares: one file, its types, the size limit, a progress bar. */
final class XliffUploads {

    private XliffUploads() {}

    static void configure(Upload upload, String id, UploadLimits limits) {
        long maxBytes = limits.maxXliffSize().toBytes();
        upload.setId(id);
        upload.setAcceptedFileTypes(".xlf", ".xliff", ".xml");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.addFileRejectedListener(e -> Notification.show(
                        e.getErrorMessage() + " (the limit is " + maxBytes / (1024 * 1024) + " MB)",
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
