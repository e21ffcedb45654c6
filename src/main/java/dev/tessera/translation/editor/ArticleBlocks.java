package dev.tessera.translation.editor;

import dev.tessera.translation.SegmentRow;
import java.util.List;
import java.util.function.Function;

/**
 * The blocks of an article with structure as HTML, each as its role in the outline says: headings as h1–h6, list
 * items in a list, table cells in a grid, quotes, captions and the texts around the article (the page's title, an
 * image's description, a footnote) styled as such; anything else a paragraph.
 */
final class ArticleBlocks {

    private ArticleBlocks() {}

    /**
     * @param outline each paragraph's role, paragraph n at n-1
     * @param sentence a segment's sentence as HTML
     */
    static String html(List<SegmentRow> rows, List<String> outline, Function<SegmentRow, String> sentence) {
        StringBuilder html = new StringBuilder(rows.size() * 160);
        Group group = Group.NONE;
        String role = null;
        int paragraph = 0;
        for (SegmentRow row : rows) {
            if (role == null || row.paragraph() != paragraph) {
                if (role != null) {
                    html.append(close(role));
                }
                paragraph = row.paragraph();
                role = paragraph >= 1 && paragraph <= outline.size() ? outline.get(paragraph - 1) : "p";
                if (Group.of(role) != group) {
                    html.append(group.close).append(Group.of(role).open);
                    group = Group.of(role);
                }
                html.append(open(role));
            }
            html.append(sentence.apply(row)).append(' ');
        }
        if (role != null) {
            html.append(close(role));
        }
        return html.append(group.close).toString();
    }

    /** The list or table a block stands in. */
    private enum Group {
        NONE("", ""),
        LIST("<ul>", "</ul>"),
        TABLE("<div class=\"article-table\">", "</div>");

        final String open;
        final String close;

        Group(String open, String close) {
            this.open = open;
            this.close = close;
        }

        static Group of(String role) {
            return switch (role) {
                case "li" -> LIST;
                case "cell" -> TABLE;
                default -> NONE;
            };
        }
    }

    private static String open(String role) {
        return switch (role) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "li" -> "<" + role + ">";
            case "cell" -> "<div class=\"article-cell\">";
            case "quote" -> "<blockquote>";
            case "caption", "title", "note", "attribute" -> "<p class=\"article-" + role + "\">";
            default -> "<p>";
        };
    }

    private static String close(String role) {
        return switch (role) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "li" -> "</" + role + ">";
            case "cell" -> "</div>";
            case "quote" -> "</blockquote>";
            default -> "</p>";
        };
    }
}
