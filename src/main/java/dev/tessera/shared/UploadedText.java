package dev.tessera.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The rules for text that arrives from outside: strict UTF-8, no stray control characters, no lone surrogates. */
public final class UploadedText {

    private UploadedText() {}

    /** Decodes strictly as UTF-8, drops a leading BOM, and checks the characters. */
    public static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiException.validation("The text is not valid UTF-8; save it as UTF-8 and upload it again.")
                    .text("shared.text-not-utf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        check(text, Subject.TEXT);
        return text;
    }

    /** Refuses control characters other than tab and line breaks, and unpaired surrogates. */
    public static void check(String text, String what) {
        check(text, Subject.other(what));
    }

    public static void check(String text, Subject subject) {
        String what = subject.english();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw ApiException.validation(what + " holds an unpaired surrogate at offset " + i + ".")
                        .text("shared.text-unpaired-surrogate", what, subject.kind(), String.valueOf(i));
            }
            if (Character.isLowSurrogate(c)) {
                throw ApiException.validation(what + " holds an unpaired surrogate at offset " + i + ".")
                        .text("shared.text-unpaired-surrogate", what, subject.kind(), String.valueOf(i));
            }
            if (isForbiddenControl(c)) {
                throw ApiException.validation(what
                                + " holds the control character U+%04X at offset %d; remove it.".formatted((int) c, i))
                        .text(
                                "shared.text-control-character",
                                what,
                                subject.kind(),
                                "%04X".formatted((int) c),
                                "%d".formatted(i));
            }
        }
    }

    private static boolean isForbiddenControl(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F && c != 0x85);
    }
}
