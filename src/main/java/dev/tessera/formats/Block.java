package dev.tessera.formats;

import java.util.List;

/**
 * One run of translatable text of a file (a paragraph, a heading, a table cell, an attribute people read): its
 * text with inline code markers, its codes, and where in the decoded file each character and each code came from.
 *
 * @param part   the file's part the block lies in (a DOCX part's name), "" for a file of one part
 * @param kind   how the filter writes text back here (the filter's own word: "text", "attribute", "table-cell"…)
 * @param role   what the block is to a reader, for the reading pane: {@code h1}–{@code h6}, {@code p}, {@code li},
 *               {@code cell}, {@code caption}, {@code quote}, {@code title}, {@code note} (a footnote), or
 *               {@code attribute} (an image's description, a link's title, a header)
 * @param text   the text, white space collapsed, each code a marker indexing {@code codes}
 * @param codes  the block's inline codes
 * @param spans  where each code's markup lies in the part: open start, open end, close start, close end
 * @param starts where each character of the text starts in the part
 * @param ends   where each character of the text ends in the part
 */
public record Block(
        String part,
        String kind,
        String role,
        String text,
        List<InlineCode> codes,
        List<int[]> spans,
        int[] starts,
        int[] ends) {

    public Block {
        codes = List.copyOf(codes);
        spans = List.copyOf(spans);
    }

    /** Where the block's text starts in its part. */
    public int start() {
        return starts[0];
    }

    /** Where the block's text ends in its part. */
    public int end() {
        return ends[text.length() - 1];
    }
}
