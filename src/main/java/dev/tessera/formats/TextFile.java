package dev.tessera.formats;

import dev.tessera.shared.ApiException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text file decoded for a filter, with what it takes to encode it back byte for byte: its character set and its
 * byte order mark.
 */
record TextFile(String text, Charset charset, byte[] bom) {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** Strict UTF-8 (a BOM kept aside): Markdown. */
    static TextFile decodeUtf8(byte[] file) {
        byte[] bom = startsWithBom(file) ? UTF8_BOM : new byte[0];
        try {
            return new TextFile(strict(file, bom.length, StandardCharsets.UTF_8), StandardCharsets.UTF_8, bom);
        } catch (CharacterCodingException e) {
            throw ApiException.validation("The file is not valid UTF-8; save it as UTF-8 and upload it again.")
                    .text("formats.not-utf8");
        }
    }

    /**
     * HTML as a browser decodes it: a UTF-8 BOM, else the {@code <meta charset>} of its first kilobytes, else UTF-8
     * when it decodes as such, else windows-1252.
     */
    static TextFile decodeHtml(byte[] file) {
        if (startsWithBom(file)) {
            return decodeUtf8(file);
        }
        String head = new String(file, 0, Math.min(file.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        Charset declared = null;
        if (meta.find()) {
            try {
                declared = Charset.forName(meta.group(1));
            } catch (IllegalArgumentException unknown) {
                declared = null;
            }
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new TextFile(new String(file, declared), declared, new byte[0]);
        }
        try {
            return new TextFile(strict(file, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, new byte[0]);
        } catch (CharacterCodingException e) {
            Charset windows = Charset.forName("windows-1252");
            return new TextFile(new String(file, windows), windows, new byte[0]);
        }
    }

    byte[] encode(String written) {
        byte[] body = written.getBytes(charset);
        byte[] out = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    private static boolean startsWithBom(byte[] file) {
        return file.length >= 3 && file[0] == UTF8_BOM[0] && file[1] == UTF8_BOM[1] && file[2] == UTF8_BOM[2];
    }

    private static String strict(byte[] file, int offset, Charset charset) throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(file, offset, file.length - offset));
        return chars.toString();
    }
}
