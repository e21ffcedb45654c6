package dev.tessera.translation.review;

import dev.tessera.shared.ApiException;
import dev.tessera.translation.CommentText;
import java.util.Arrays;

/**
 * A quality issue to file: its MQM category and severity, optionally the span of the target it concerns (start
 * inclusive, end exclusive, in UTF-16 code units of the target as the API returns it), and a comment. Filed alone, as
 * an annotation, it names the version of the translation it is about.
 */
public record IssueRequest(
        IssueCategory category, IssueSeverity severity, Integer start, Integer end, String comment, Integer version) {

    /** Refuses what cannot be filed on {@code target}. */
    void validate(String target) {
        if (category == null) {
            String categories = Arrays.toString(IssueCategory.values());
            throw ApiException.validation("\"category\" is required: one of " + categories + ".")
                    .text("translation.issue-category-missing", categories);
        }
        if (severity == null) {
            throw ApiException.validation("\"severity\" is required: MINOR, MAJOR or CRITICAL.")
                    .text("translation.issue-severity-missing");
        }
        if ((start == null) != (end == null)) {
            throw ApiException.validation(
                            "A span needs both \"start\" and \"end\"; leave both out for the whole segment.")
                    .text("translation.issue-span-half");
        }
        if (start != null && !inside(target)) {
            throw ApiException.validation("The span " + start + "–" + end + " is not within the target, which is "
                            + target.length() + " characters long; start must be before end.")
                    .text("translation.issue-span-outside", start, end, target.length());
        }
        if (comment != null && !comment.isBlank()) {
            CommentText.check(comment);
        }
    }

    private boolean inside(String target) {
        return start >= 0
                && start < end
                && end <= target.length()
                && !Character.isLowSurrogate(target.charAt(start))
                && (end == target.length() || !Character.isLowSurrogate(target.charAt(end)));
    }
}
