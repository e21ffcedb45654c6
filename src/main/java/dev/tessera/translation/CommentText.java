package dev.tessera.translation;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.UploadedText;

/** The rules for a comment's (or a waiver's reason's) text: not blank, at most 4,000 characters, no stray control characters. */
public final class CommentText {

    static final int MAX_LENGTH = 4000;

    private CommentText() {}

    public static String check(String text) {
        return check(text, "The comment");
    }

    /** @param what how messages name the text, for example "The reason" */
    public static String check(String text, String what) {
        if (text == null || text.isBlank()) {
            throw ApiException.validation(what + " is empty; write what you mean.")
                    .text("translation.comment-empty", what, kind(what));
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw ApiException.validation(what + " is longer than " + MAX_LENGTH + " characters.")
                    .text("translation.comment-too-long", what, kind(what), MAX_LENGTH);
        }
        UploadedText.check(stripped, what);
        return stripped;
    }

    /** Which text a refusal is about, for the screens' texts: {@code comment}, {@code reason} or {@code other}. */
    private static String kind(String what) {
        if (what == null) {
            return "other";
        }
        return switch (what) {
            case "The comment" -> "comment";
            case "The reason" -> "reason";
            default -> "other";
        };
    }
}
