package dev.tessera.formats;

/**
 * A translation of part of a block: {@code text} (with the block's code markers) in place of its characters
 * {@code start} to {@code end}.
 *
 * @param block the block's index in the order the filter read them
 */
public record Replacement(int block, int start, int end, String text) {}
