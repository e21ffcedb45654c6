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
}
