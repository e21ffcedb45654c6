package dev.tessera.translation;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.UploadedText;

/** A translator's write: the new target, DRAFT or TRANSLATED, and the version it was based on. */
public record TranslationUpdate(String target, TranslationStatus status, Integer version) {

    /** Longest target accepted, in UTF-16 code units. */
    static final int MAX_TARGET_LENGTH = 100_000;

    void validate() {
        if (target == null) {
            throw ApiException.validation("\"target\" is required (the translated text).")
                    .text("translation.target-missing");
        }
        if (target.length() > MAX_TARGET_LENGTH) {
            throw ApiException.validation("\"target\" is longer than " + MAX_TARGET_LENGTH + " characters.")
                    .text("translation.target-too-long", MAX_TARGET_LENGTH);
        }
        UploadedText.check(target, "\"target\"");
        if (target.indexOf('\n') >= 0
                || target.indexOf('\r') >= 0
                || target.indexOf('\u2028') >= 0
                || target.indexOf('\u2029') >= 0) {
            throw ApiException.validation("\"target\" must be one line: a line break always ends a segment.")
                    .text("translation.target-multiline");
        }
        if (status != TranslationStatus.DRAFT && status != TranslationStatus.TRANSLATED) {
            throw ApiException.validation("\"status\" must be DRAFT or TRANSLATED here; review has its own actions.")
                    .text("translation.status-invalid");
        }
        if (version == null || version < 0) {
            throw ApiException.validation(
                            "\"version\" is required: the version you read (0 for an untranslated segment).")
                    .text("translation.version-missing");
        }
    }
}
