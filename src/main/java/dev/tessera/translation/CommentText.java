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
            throw ApiException.validation(what + " is empty; write what you mean.");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw ApiException.validation(what + " is longer than " + MAX_LENGTH + " characters.");
        }
        UploadedText.check(stripped, what);
        return stripped;
    }
}
