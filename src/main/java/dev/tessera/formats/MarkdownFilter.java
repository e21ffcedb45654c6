package dev.tessera.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown (CommonMark with GFM tables) read with its source spans: paragraphs, headings and table cells are
 * blocks, emphasis and links are codes, code spans and autolinks stay whole, code blocks and HTML blocks stay in
 * the skeleton; the front matter's {@code title} and {@code description} are translated too.
 */
public final class MarkdownFilter implements FormatFilter {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern FRONT_MATTER_END = Pattern.compile("(?m)^(---|\\.\\.\\.)[ \\t]*\\r?$");
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile(
            "(?m)^(?:title|description)[ \\t]*:[ \\t]*(\"(.*)\"|'(.*)'|([^\"'#\\r\\n][^\\r\\n]*?))[ \\t]*\\r?$");
    private static final String ESCAPED = "\\*_`[]<";

    @Override
    public SourceFormat format() {
        return SourceFormat.MARKDOWN;
    }

    @Override
    public List<Block> read(byte[] file) {
        return read(TextFile.decodeUtf8(file).text());
    }

    @Override
    public Written write(byte[] file, List<Replacement> replacements, String targetLocale) {
        TextFile decoded = TextFile.decodeUtf8(file);
        List<Block> blocks = read(decoded.text());
        List<Splicer.Edit> edits = Splicer.edits(blocks, replacements);
        List<Integer> repaired = new ArrayList<>();
        String out = Splicer.splice(decoded.text(), edits, new Escaper(), repaired);
        return new Written(decoded.encode(out), repaired);
    }

    List<Block> read(String markdown) {
        Reading reading = new Reading(markdown);
        int bodyStart = reading.frontMatter();
        StringBuilder masked = new StringBuilder(markdown);
        for (int i = 0; i < bodyStart; i++) {
            if (masked.charAt(i) != '\n' && masked.charAt(i) != '\r') {
                masked.setCharAt(i, ' ');
            }
        }
        reading.blocks(PARSER.parse(masked.toString()));
        reading.blocks.sort(Comparator.comparingInt(Block::start));
        return reading.blocks;
    }

    private static final class Reading {

        private final String markdown;
        private final List<Block> blocks = new ArrayList<>();

        Reading(String markdown) {
            this.markdown = markdown;
        }

        /** Reads the front matter's fields; answers where the Markdown after it starts. */
        int frontMatter() {
            if (!markdown.startsWith("---\n") && !markdown.startsWith("---\r\n")) {
                return 0;
            }
            Matcher end = FRONT_MATTER_END.matcher(markdown);
            if (!end.find(4)) {
                return 0;
            }
            Matcher field = FRONT_MATTER_FIELD.matcher(markdown).region(4, end.start());
            while (field.find()) {
                int group = field.group(2) != null ? 2 : field.group(3) != null ? 3 : 4;
                String kind = group == 2 ? "yaml-double" : group == 3 ? "yaml-single" : "yaml-plain";
                BlockBuilder block =
                        new BlockBuilder("", kind, field.group().startsWith("title") ? "title" : "attribute");
                for (int i = field.start(group); i < field.end(group); i++) {
                    block.character(markdown.charAt(i), i, i + 1);
                }
                block.build().ifPresent(blocks::add);
            }
            return end.end();
        }

        void blocks(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph || child instanceof Heading || child instanceof TableCell) {
                    BlockBuilder block =
                            new BlockBuilder("", child instanceof TableCell ? "table-cell" : "text", role(child));
                    inlines(child, block);
                    block.build().ifPresent(blocks::add);
                } else if (!(child instanceof FencedCodeBlock
                        || child instanceof IndentedCodeBlock
                        || child instanceof HtmlBlock
                        || child instanceof LinkReferenceDefinition)) {
                    blocks(child);
                }
            }
        }

        private static String role(Node block) {
            if (block instanceof Heading heading) {
                return "h" + Math.min(6, heading.getLevel());
            }
            if (block instanceof TableCell) {
                return "cell";
            }
            Node parent = block.getParent();
            return parent instanceof org.commonmark.node.ListItem
                    ? "li"
                    : parent instanceof org.commonmark.node.BlockQuote ? "quote" : "p";
        }

        private void inlines(Node parent, BlockBuilder block) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                inline(node, block);
            }
        }

        private void inline(Node node, BlockBuilder block) {
            if (node instanceof SoftLineBreak) {
                int at = block.lastEnd(0);
                block.character(' ', at, at);
                return;
            }
            if (node.getSourceSpans().isEmpty()) {
                return;
            }
            int start = start(node);
            int end = end(node);
            if (node instanceof Text text) {
                text.getSourceSpans().forEach(span -> decode(span, block));
            } else if (node instanceof Image image) {
                standalone(block, "img", start, end);
                BlockBuilder alt = new BlockBuilder("", "text", "attribute");
                inlines(image, alt);
                alt.build().ifPresent(blocks::add);
                title(image.getTitle(), end);
            } else if (node instanceof Link link && markdown.charAt(start) != '<' && link.getFirstChild() != null) {
                paired(link, "a", start, end, block);
                title(link.getTitle(), end);
            } else if (node instanceof Emphasis && node.getFirstChild() != null) {
                paired(node, "i", start, end, block);
            } else if (node instanceof StrongEmphasis && node.getFirstChild() != null) {
                paired(node, "b", start, end, block);
            } else {
                standalone(block, codeName(node), start, end);
            }
        }

        private static String codeName(Node node) {
            return node instanceof Code
                    ? "code"
                    : node instanceof HardLineBreak ? "br" : node instanceof HtmlInline ? "html" : "md";
        }

        private void paired(Node node, String name, int start, int end, BlockBuilder block) {
            int contentStart = start(node.getFirstChild());
            int index = block.open(name, markdown.substring(start, contentStart), start, contentStart);
            inlines(node, block);
            int contentEnd = Math.max(contentStart, block.lastEnd(contentStart));
            block.close(index, markdown.substring(contentEnd, end), contentEnd, end);
        }

        /** A link's or image's title, at the end of its destination part: {@code [x](url "title")}. */
        private void title(String title, int end) {
            if (title == null || title.isBlank() || end < 3 || markdown.charAt(end - 1) != ')') {
                return;
            }
            int close = end - 2;
            while (close > 0 && BlockBuilder.isSpace(markdown.charAt(close))) {
                close--;
            }
            char quote = markdown.charAt(close);
            char opener = quote == ')' ? '(' : quote;
            if (quote != '"' && quote != '\'' && quote != ')') {
                return;
            }
            int open = markdown.lastIndexOf(opener, close - 1);
            if (open < 0) {
                return;
            }
            BlockBuilder block = new BlockBuilder("", quote == '"' ? "md-title-double" : "md-title-other", "attribute");
            decode(open + 1, close, block);
            block.build().ifPresent(blocks::add);
        }

        private void standalone(BlockBuilder block, String name, int start, int end) {
            block.standalone(name, markdown.substring(start, end), start, end);
        }

        private void decode(SourceSpan span, BlockBuilder block) {
            decode(span.getInputIndex(), span.getInputIndex() + span.getLength(), block);
        }

        private void decode(int from, int to, BlockBuilder block) {
            block.source(markdown, from, to, BlockBuilder.Escapes.MARKDOWN);
        }

        private static int start(Node node) {
            return node.getSourceSpans().getFirst().getInputIndex();
        }

        private static int end(Node node) {
            SourceSpan last = node.getSourceSpans().getLast();
            return last.getInputIndex() + last.getLength();
        }
    }

    /** Markdown's escaping: characters that would start markup get a backslash; quotes in titles and YAML too. */
    private static final class Escaper implements Splicer.Markup {

        @Override
        public String escape(Block block, String text) {
            StringBuilder out = new StringBuilder(text.length() + 8);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (block.kind()) {
                    case "yaml-double" -> out.append(c == '"' || c == '\\' ? "\\" + c : String.valueOf(c));
                    case "yaml-single" -> out.append(c == '\'' ? "''" : String.valueOf(c));
                    case "yaml-plain" -> out.append(c);
                    default -> {
                        boolean escaped = ESCAPED.indexOf(c) >= 0
                                || c == '|' && block.kind().equals("table-cell")
                                || c == '"' && block.kind().equals("md-title-double");
                        out.append(escaped ? "\\" + c : String.valueOf(c));
                    }
                }
            }
            return out.toString();
        }

        @Override
        public String wrap(Block block, String rendered) {
            boolean plainUnsafe = block.kind().equals("yaml-plain")
                    && (rendered.contains(": ")
                            || rendered.contains(" #")
                            || rendered.matches("^[-?:,\\[\\]{}#&*!|>'\"%@`].*"));
            return plainUnsafe ? "\"" + rendered.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : rendered;
        }
    }
}
