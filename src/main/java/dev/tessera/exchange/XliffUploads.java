package dev.tessera.exchange;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.shared.UploadLimits;

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
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> Notification.show(
                        I18NProvider.translate(
                                "exchange.upload.rejected", e.getErrorMessage(), maxBytes / (1024 * 1024)),
                        6000,
                        Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }

    /** The upload's texts; the size units (B, kB, MB...) stay as they are. */
    private static UploadI18N i18n() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(I18NProvider.translate("exchange.upload.drop-file"))
                        .setMany(I18NProvider.translate("exchange.upload.drop-files")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(I18NProvider.translate("exchange.upload.add-file"))
                        .setMany(I18NProvider.translate("exchange.upload.add-files")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(I18NProvider.translate("exchange.upload.too-many-files"))
                        .setFileIsTooBig(I18NProvider.translate("exchange.upload.file-too-big"))
                        .setIncorrectFileType(I18NProvider.translate("exchange.upload.incorrect-file-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(I18NProvider.translate("exchange.upload.connecting"))
                                .setStalled(I18NProvider.translate("exchange.upload.stalled"))
                                .setProcessing(I18NProvider.translate("exchange.upload.processing"))
                                .setHeld(I18NProvider.translate("exchange.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(I18NProvider.translate("exchange.upload.remaining-time"))
                                .setUnknown(I18NProvider.translate("exchange.upload.remaining-time-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(I18NProvider.translate("exchange.upload.server-unavailable"))
                                .setUnexpectedServerError(I18NProvider.translate("exchange.upload.server-error"))
                                .setForbidden(I18NProvider.translate("exchange.upload.forbidden"))
                                .setFileTooLarge(I18NProvider.translate("exchange.upload.file-too-large"))))
                .setFile(new UploadI18N.File()
                        .setRetry(I18NProvider.translate("exchange.upload.retry"))
                        .setStart(I18NProvider.translate("exchange.upload.start"))
                        .setRemove(I18NProvider.translate("exchange.upload.remove")));
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
