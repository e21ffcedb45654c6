package dev.tessera.translation.review;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.Subject;
import dev.tessera.translation.CommentText;

/** A reviewer's waiver of one check on one segment's current text, with the reason written down. */
public record WaiverRequest(String check, String reason, Integer version) {

    /** @return the reason, stripped */
    String validate() {
        if (check == null || check.isBlank()) {
            throw ApiException.validation(
                            "\"check\" is required: the name of the check to waive, for example qa.length.")
                    .text("translation.waiver-check-missing");
        }
        if (version == null || version < 0) {
            throw ApiException.validation("\"version\" is required: the version whose findings you waive.")
                    .text("translation.waiver-version-missing");
        }
        return CommentText.check(reason, Subject.REASON);
    }
}
