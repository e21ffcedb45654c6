package dev.tessera.shared;

import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;

/** The texts of Vaadin's upload box (drop here, upload file, errors, progress), for every upload of the screens. */
public final class UploadTexts {

    private UploadTexts() {}

    /** The upload's texts in the page's language; the size units (B, kB, MB...) stay as they are. */
    public static UploadI18N i18n() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(I18NProvider.translate("upload.drop-file"))
                        .setMany(I18NProvider.translate("upload.drop-files")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(I18NProvider.translate("upload.add-file"))
                        .setMany(I18NProvider.translate("upload.add-files")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(I18NProvider.translate("upload.too-many-files"))
                        .setFileIsTooBig(I18NProvider.translate("upload.file-too-big"))
                        .setIncorrectFileType(I18NProvider.translate("upload.incorrect-file-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(I18NProvider.translate("upload.connecting"))
                                .setStalled(I18NProvider.translate("upload.stalled"))
                                .setProcessing(I18NProvider.translate("upload.processing"))
                                .setHeld(I18NProvider.translate("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(I18NProvider.translate("upload.remaining-time"))
                                .setUnknown(I18NProvider.translate("upload.remaining-time-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(I18NProvider.translate("upload.server-unavailable"))
                                .setUnexpectedServerError(I18NProvider.translate("upload.server-error"))
                                .setForbidden(I18NProvider.translate("upload.forbidden"))
                                .setFileTooLarge(I18NProvider.translate("upload.file-too-large"))))
                .setFile(new UploadI18N.File()
                        .setRetry(I18NProvider.translate("upload.retry"))
                        .setStart(I18NProvider.translate("upload.start"))
                        .setRemove(I18NProvider.translate("upload.remove")));
    }
}
