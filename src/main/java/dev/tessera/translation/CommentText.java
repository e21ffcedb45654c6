package dev.tessera.translation;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.Subject;
import dev.tessera.shared.UploadedText;

/** The rules for a comment's (or a waiver's reason's) text: not blank, at most 4,000 characters, no stray control characters. */
public final class CommentText {

    static final int MAX_LENGTH = 4000;

    private CommentText() {}

    public static String check(String text) {
        return check(text, Subject.COMMENT);
    }

    /** @param subject how refusals name the text, for example {@link Subject#REASON} */
    public static String check(String text, Subject subject) {
        String what = subject.english();
        if (text == null || text.isBlank()) {
            throw ApiException.validation(what + " is empty; write what you mean.")
                    .text("translation.comment-empty", what, subject.kind());
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw ApiException.validation(what + " is longer than " + MAX_LENGTH + " characters.")
                    .text("translation.comment-too-long", what, subject.kind(), MAX_LENGTH);
        }
        UploadedText.check(stripped, subject);
        return stripped;
    }
}
