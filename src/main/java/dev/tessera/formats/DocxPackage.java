package dev.tessera.formats;

import dev.tessera.shared.ApiException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The parts of a DOCX (a ZIP), read with limits checked while inflating: a ZIP bomb, a macro-enabled document, an
 * encrypted one or a legacy .doc is refused before any part is parsed.
 */
final class DocxPackage {

    static final String DOCUMENT = "word/document.xml";
    static final int MAX_ENTRIES = 5_000;
    static final long MAX_UNCOMPRESSED = 512L * 1024 * 1024;
    /** How many times larger than the file its parts may be together (Word's XML compresses some 10 times). */
    static final long MAX_RATIO = 100;

    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final Map<String, byte[]> parts;

    private DocxPackage(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    Map<String, byte[]> parts() {
        return parts;
    }

    String text(String part) {
        return new String(parts.get(part), StandardCharsets.UTF_8);
    }

    static DocxPackage read(byte[] file) {
        if (startsWith(file, OLE)) {
            throw ApiException.validation("This is an encrypted Word document or an old .doc file; save it as .docx"
                            + " without a password and upload it again.")
                    .text("formats.docx-encrypted");
        }
        if (!startsWith(file, new byte[] {'P', 'K', 3, 4})) {
            throw notZip();
        }
        long budget = Math.min(MAX_UNCOMPRESSED, file.length * MAX_RATIO + 1024 * 1024);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (parts.size() >= MAX_ENTRIES) {
                    throw tooLarge();
                }
                byte[] content = inflate(zip, budget - total);
                total += content.length;
                if (parts.put(entry.getName(), content) != null) {
                    throw notZip();
                }
            }
        } catch (ZipException e) {
            throw notZip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String types = new String(parts.getOrDefault("[Content_Types].xml", new byte[0]), StandardCharsets.UTF_8);
        if (parts.containsKey("word/vbaProject.bin") || types.contains("macroEnabled")) {
            throw ApiException.unsupportedMediaType("The document holds macros (.docm); save it as a .docx without"
                            + " macros and upload it again.")
                    .text("formats.docx-macros");
        }
        if (!parts.containsKey(DOCUMENT)) {
            throw ApiException.validation("The file has no word/document.xml: it is not a Word document.")
                    .text("formats.docx-no-document");
        }
        return new DocxPackage(parts);
    }

    /** The package with some parts replaced, every other part as it was, in the original order. */
    byte[] with(Map<String, byte[]> replaced) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(replaced.getOrDefault(part.getKey(), part.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] inflate(InputStream zip, long budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
            out.write(buffer, 0, read);
            if (out.size() > budget) {
                throw tooLarge();
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] file, byte[] prefix) {
        if (file.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (file[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static ApiException notZip() {
        return ApiException.validation(
                        "The file is not a DOCX (a ZIP package); save it from Word as .docx and" + " upload it again.")
                .text("formats.docx-not-zip");
    }

    private static ApiException tooLarge() {
        return ApiException.tooLarge("The DOCX unpacks to more than Tessera reads (" + MAX_ENTRIES + " parts, "
                        + MAX_RATIO + " times its size, " + MAX_UNCOMPRESSED / (1024 * 1024) + " MB); it looks like a"
                        + " ZIP bomb.")
                .text(
                        "formats.docx-too-large",
                        String.valueOf(MAX_ENTRIES),
                        String.valueOf(MAX_RATIO),
                        String.valueOf(MAX_UNCOMPRESSED / (1024 * 1024)));
    }
}
