package dev.tessera.translation;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.UploadedText;

/** The rules for a comment's text: not blank, at most 4,000 characters, no stray control characters. */
final class CommentText {

    static final int MAX_LENGTH = 4000;

    private CommentText() {
    }

    static String check(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.validation("The comment is empty; write what you mean.");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw ApiException.validation("The comment is longer than " + MAX_LENGTH + " characters.");
        }
        UploadedText.check(stripped, "The comment");
        return stripped;
    }
}
