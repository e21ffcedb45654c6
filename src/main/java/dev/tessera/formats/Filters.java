package dev.tessera.formats;

import java.util.List;

/** The filter of each format, and the text Tessera keeps for a file's blocks. */
public final class Filters {

    private Filters() {}

    public static FormatFilter of(SourceFormat format) {
        return switch (format) {
            case HTML -> new HtmlFilter();
            case MARKDOWN -> new MarkdownFilter();
            case DOCX -> new DocxFilter();
            default -> throw new IllegalArgumentException("no filter reads " + format.code());
        };
    }

    /** Whether Tessera has a filter for the format yet. */
    public static boolean reads(SourceFormat format) {
        return format == SourceFormat.HTML || format == SourceFormat.MARKDOWN || format == SourceFormat.DOCX;
    }

    /** The document's text: one line per block, a blank line between blocks (so block n is paragraph n). */
    public static String documentText(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(block.text());
        }
        return text.toString();
    }

    /** Where each block's line starts in {@link #documentText}. */
    public static int[] lineStarts(List<Block> blocks) {
        int[] starts = new int[blocks.size()];
        int at = 0;
        for (int i = 0; i < blocks.size(); i++) {
            starts[i] = at;
            at += blocks.get(i).text().length() + 2;
        }
        return starts;
    }
}
