package dev.tessera.translation.review;

import dev.tessera.shared.ApiException;
import dev.tessera.translation.CommentText;
import java.util.List;

/**
 * A reviewer's decision on a TRANSLATED segment: approve it, or reject it with a comment for the translator; in a
 * project with a second review step, a second reviewer's on an APPROVED one: sign it off, or reject it. Each may file
 * typed quality issues on the text reviewed.
 */
public record ReviewRequest(Action action, String comment, Integer version, List<IssueRequest> issues) {

    static final int MAX_ISSUES = 50;

    public ReviewRequest(Action action, String comment, Integer version) {
        this(action, comment, version, List.of());
    }

    public ReviewRequest {
        issues = issues == null ? List.of() : issues;
    }

    public enum Action {
        APPROVE,
        REJECT,
        /** The second review step: an APPROVED segment becomes SIGNED_OFF (where the project has that step). */
        SIGN_OFF
    }

    void validate() {
        if (action == null) {
            throw ApiException.validation("\"action\" is required: APPROVE, REJECT or SIGN_OFF.")
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
        if (issues.size() > MAX_ISSUES) {
            throw ApiException.validation("At most " + MAX_ISSUES + " issues can be filed with one review.")
                    .text("translation.issues-too-many", MAX_ISSUES);
        }
    }
}
