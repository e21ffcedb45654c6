package dev.tessera.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an inline code is to a translator, from the markup it stands for: bold, italic, underline, a link (with its
 * address), code, a line break, an image, a footnote, a field, a comment, or other formatting.
 *
 * @param detail what the kind needs said: a link's address, else ""
 */
public record CodeKind(String kind, String detail) {

    private static final Pattern HREF = Pattern.compile("(?i)\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final Pattern MARKDOWN_DESTINATION = Pattern.compile("^\\]\\(\\s*<?([^\\s)>]+)");

    public static CodeKind of(InlineCode code) {
        String name = code.name() == null ? "" : code.name().toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "b", "strong" -> new CodeKind("bold", "");
            case "i", "em" -> new CodeKind("italic", "");
            case "u", "ins" -> new CodeKind("underline", "");
            case "a", "hyperlink" -> new CodeKind("link", address(code));
            case "code", "kbd", "samp", "var" -> new CodeKind("code", "");
            case "br", "lb" -> new CodeKind("line-break", "");
            case "img", "picture", "drawing" -> new CodeKind("image", "");
            case "footnote", "endnote" -> new CodeKind("footnote", "");
            case "field" -> new CodeKind("field", "");
            case "comment" -> new CodeKind("comment", "");
            default -> new CodeKind("format", "");
        };
    }

    private static String address(InlineCode code) {
        if (code.data().containsKey("href")) {
            return code.data().get("href");
        }
        Matcher href = HREF.matcher(code.open() == null ? "" : code.open());
        if (href.find()) {
            for (int group = 1; group <= 3; group++) {
                if (href.group(group) != null) {
                    return href.group(group);
                }
            }
        }
        Matcher destination = MARKDOWN_DESTINATION.matcher(code.close() == null ? "" : code.close());
        return destination.find() ? destination.group(1) : "";
    }
}
