package dev.tessera.formats;

import java.util.List;

/**
 * A file written back with its translations.
 *
 * @param repaired the replacements whose codes were repaired to keep the file well-formed (a code dropped or
 *                 broken by the translator), by their index in the list given
 */
public record Written(byte[] content, List<Integer> repaired) {}
