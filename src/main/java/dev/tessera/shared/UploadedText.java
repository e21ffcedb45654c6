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
        check(text, "The text");
        return text;
    }

    /** Refuses control characters other than tab and line breaks, and unpaired surrogates. */
    public static void check(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw ApiException.validation(what + " holds an unpaired surrogate at offset " + i + ".")
                        .text("shared.text-unpaired-surrogate", what, kind(what), String.valueOf(i));
            }
            if (Character.isLowSurrogate(c)) {
                throw ApiException.validation(what + " holds an unpaired surrogate at offset " + i + ".")
                        .text("shared.text-unpaired-surrogate", what, kind(what), String.valueOf(i));
            }
            if (isForbiddenControl(c)) {
                throw ApiException.validation(what
                                + " holds the control character U+%04X at offset %d; remove it.".formatted((int) c, i))
                        .text(
                                "shared.text-control-character",
                                what,
                                kind(what),
                                "%04X".formatted((int) c),
                                "%d".formatted(i));
            }
        }
    }

    /**
     * Which text a refusal is about, for the screens' texts: the usual names get their own words there, any other
     * ({@code other}) is shown as the English names it.
     */
    private static String kind(String what) {
        if (what == null) {
            return "other";
        }
        return switch (what) {
            case "The text" -> "text";
            case "The name" -> "name";
            case "The project name" -> "project_name";
            case "The document name" -> "document_name";
            case "The comment" -> "comment";
            case "The reason" -> "reason";
            default -> "other";
        };
    }

    private static boolean isForbiddenControl(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F && c != 0x85);
    }
}
