package dev.tessera.formats;

import java.util.List;

/**
 * A source format: reads a file into blocks of translatable text, and writes the original back with translations
 * spliced in where the blocks came from. Reading the same file twice gives the same blocks, so the original file
 * is the whole skeleton.
 */
public interface FormatFilter {

    SourceFormat format();

    /**
     * The file's translatable blocks, in reading order.
     *
     * @throws dev.tessera.shared.ApiException 400 (or 413) when the file cannot be read as this format
     */
    List<Block> read(byte[] file);

    /**
     * The file with the replacements in place and its language set to {@code targetLocale}; everything else is
     * copied as it was.
     */
    Written write(byte[] file, List<Replacement> replacements, String targetLocale);
}
