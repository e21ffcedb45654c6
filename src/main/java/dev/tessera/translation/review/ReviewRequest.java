package dev.tessera.translation.review;

import dev.tessera.shared.ApiException;
import dev.tessera.translation.CommentText;

/** A reviewer's decision on a TRANSLATED segment: approve it, or reject it with a comment for the translator. */
public record ReviewRequest(Action action, String comment, Integer version) {

    public enum Action {
        APPROVE,
        REJECT
    }

    void validate() {
        if (action == null) {
            throw ApiException.validation("\"action\" is required: APPROVE or REJECT.")
                    .text("translation.review-action-missing");
        }
        if (version == null || version < 0) {
            throw ApiException.validation("\"version\" is required: the version you reviewed.")
                    .text("translation.review-version-missing");
        }
        if (action == Action.REJECT && (comment == null || comment.isBlank())) {
            throw ApiException.validation("A rejection needs a \"comment\" that tells the translator what to fix.")
                    .text("translation.reject-comment-missing");
        }
        if (comment != null) {
            CommentText.check(comment);
        }
    }
}
