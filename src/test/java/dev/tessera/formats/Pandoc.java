package dev.tessera.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Pandoc (from the OS packages, installed by .ci/run) as a reader of DOCX files independent of Tessera's code. */
public final class Pandoc {

    private Pandoc() {}

    /** The document as Pandoc reads it, in Markdown; fails when Pandoc cannot read it. */
    public static String text(byte[] docx) {
        try {
            Path file = Files.createTempFile("tessera", ".docx");
            try {
                Files.write(file, docx);
                Process pandoc = new ProcessBuilder(
                                "pandoc", "--from=docx", "--to=markdown", "--wrap=none", file.toString())
                        .redirectErrorStream(true)
                        .start();
                String out = new String(pandoc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!pandoc.waitFor(60, TimeUnit.SECONDS) || pandoc.exitValue() != 0) {
                    throw new AssertionError("pandoc could not read the file: " + out);
                }
                return out;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new AssertionError("pandoc is not installed (.ci/run installs it): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
