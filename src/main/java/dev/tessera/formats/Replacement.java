package dev.tessera.formats;

import org.jspecify.annotations.Nullable;

/**
 * A translation of part of a block: {@code text} (with the block's code markers) in place of its characters
 * {@code start} to {@code end}.
 *
 * @param block  the block's index in the order the filter read them
 * @param source what the caller takes those characters to be, checked before anything is written (a file that no
 *               longer reads as it did is refused); null to take them as they are
 */
public record Replacement(
        int block,
        int start,
        int end,
        String text,
        @Nullable String source) {

    public Replacement(int block, int start, int end, String text) {
        this(block, start, end, text, null);
    }
}
