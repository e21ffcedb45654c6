package dev.tessera.formats;

import dev.tessera.shared.XmlText;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * HTML as a browser reads it (jsoup, positions tracked): the text of block elements and the attributes people read,
 * inline elements as codes, what is not to be translated left in the skeleton.
 */
public final class HtmlFilter implements FormatFilter {

    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "big", "cite", "data", "del", "dfn", "em", "font", "i", "ins", "label",
            "mark", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "picture");
    private static final Set<String> VOID = Set.of("br", "wbr", "img", "input", "source");
    /** Inline elements kept whole as one code: their content is not prose to translate. */
    private static final Set<String> OPAQUE = Set.of(
            "code",
            "kbd",
            "samp",
            "var",
            "script",
            "style",
            "textarea",
            "select",
            "svg",
            "math",
            "iframe",
            "object",
            "canvas",
            "template",
            "noscript",
            "button");

    private static final Set<String> SKIPPED = Set.of(
            "script",
            "style",
            "pre",
            "code",
            "template",
            "noscript",
            "textarea",
            "svg",
            "math",
            "iframe",
            "object",
            "canvas",
            "select",
            "head");
    private static final List<String> READ_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label");
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "ur", "fa", "he", "ps", "sd", "yi", "dv", "ug");

    @Override
    public SourceFormat format() {
        return SourceFormat.HTML;
    }

    @Override
    public List<Block> read(byte[] file) {
        return read(TextFile.decodeHtml(file).text());
    }

    @Override
    public Written write(byte[] file, List<Replacement> replacements, String targetLocale) {
        TextFile decoded = TextFile.decodeHtml(file);
        String html = decoded.text();
        Document document = parse(html);
        List<Block> blocks = blocks(document, html);
        List<Splicer.Edit> edits = new ArrayList<>(Splicer.edits(blocks, replacements));
        if (targetLocale != null) {
            languageEdits(document, html, targetLocale, edits);
        }
        CharsetEncoder encoder = decoded.charset().newEncoder();
        List<Integer> repaired = new ArrayList<>();
        String out = Splicer.splice(html, edits, new Escaper(encoder), repaired);
        return new Written(decoded.encode(out), repaired);
    }

    List<Block> read(String html) {
        return blocks(parse(html), html);
    }

    private static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return parser.parseInput(html, "");
    }

    private static List<Block> blocks(Document document, String html) {
        Reading reading = new Reading(html);
        Element title = document.selectFirst("title");
        if (title != null) {
            reading.container(title);
        }
        for (Element meta : document.select("meta[name=description]")) {
            reading.attribute(meta, "content");
        }
        reading.container(document.body());
        reading.blocks.sort(Comparator.comparingInt(Block::start));
        return reading.blocks;
    }

    /** The {@code lang} (and for a right-to-left language {@code dir}) of the {@code <html>} element. */
    private static void languageEdits(Document document, String html, String locale, List<Splicer.Edit> edits) {
        Element root = document.selectFirst("html");
        if (root == null || !tracked(root.sourceRange())) {
            return;
        }
        String language = locale.split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        setAttribute(root, html, "lang", locale.replace('_', '-'), edits);
        if (RIGHT_TO_LEFT.contains(language)) {
            setAttribute(root, html, "dir", "rtl", edits);
        } else if (root.hasAttr("dir")) {
            setAttribute(root, html, "dir", "ltr", edits);
        }
    }

    private static void setAttribute(
            Element element, String html, String name, String value, List<Splicer.Edit> edits) {
        Attribute attribute = element.attribute(name);
        if (attribute != null && attribute.sourceRange().isTracked()) {
            Range range = attribute.sourceRange().valueRange();
            boolean quoted = range.startPos() > 0 && isQuote(html.charAt(range.startPos() - 1));
            edits.add(Splicer.Edit.literal(range.startPos(), range.endPos(), quoted ? value : "\"" + value + "\""));
        } else if (attribute == null) {
            int at = element.sourceRange().startPos() + 1 + element.tagName().length();
            edits.add(Splicer.Edit.literal(at, at, " " + name + "=\"" + value + "\""));
        }
    }

    private static boolean tracked(Range range) {
        return range.isTracked() && !range.isImplicit();
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static String role(Element container) {
        String name = container.normalName();
        return switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "li", "title" -> name;
            case "td", "th" -> "cell";
            case "caption", "figcaption" -> "caption";
            case "blockquote" -> "quote";
            default -> "p";
        };
    }

    private static boolean untranslatable(Element element) {
        return element.attr("translate").equalsIgnoreCase("no") || element.hasClass("notranslate");
    }

    /** One pass over the document, collecting its blocks. */
    private static final class Reading {

        private final String html;
        private final List<Block> blocks = new ArrayList<>();

        Reading(String html) {
            this.html = html;
        }

        void container(Element element) {
            if (SKIPPED.contains(element.normalName()) || untranslatable(element)) {
                return;
            }
            attributes(element);
            BlockBuilder run = null;
            for (Node child : element.childNodes()) {
                if (child instanceof Element inner && !isInline(inner)) {
                    flush(run);
                    run = null;
                    container(inner);
                } else if (child instanceof TextNode || child instanceof Comment || child instanceof Element) {
                    if (run == null) {
                        run = new BlockBuilder("", "text", role(element));
                    }
                    inline(child, run);
                }
            }
            flush(run);
        }

        private void flush(BlockBuilder run) {
            if (run != null) {
                run.build().ifPresent(blocks::add);
            }
        }

        private void inline(Node node, BlockBuilder run) {
            if (node instanceof TextNode text) {
                if (tracked(text.sourceRange())) {
                    decode(text.sourceRange().startPos(), text.sourceRange().endPos(), false, run);
                }
                return;
            }
            if (node instanceof Comment comment) {
                if (tracked(comment.sourceRange())) {
                    standalone(
                            run,
                            "comment",
                            comment.sourceRange().startPos(),
                            comment.sourceRange().endPos());
                }
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String name = element.normalName();
            Range start = element.sourceRange();
            if (OPAQUE.contains(name) || untranslatable(element)) {
                if (tracked(start)) {
                    standalone(run, name, start.startPos(), outerEnd(element));
                }
                return;
            }
            attributes(element);
            if (VOID.contains(name)) {
                if (tracked(start)) {
                    standalone(run, name, start.startPos(), start.endPos());
                }
                return;
            }
            if (!tracked(start)) {
                element.childNodes().forEach(child -> inline(child, run));
                return;
            }
            int index = run.open(name, slice(start.startPos(), start.endPos()), start.startPos(), start.endPos());
            element.childNodes().forEach(child -> inline(child, run));
            Range end = element.endSourceRange();
            if (tracked(end)) {
                run.close(index, slice(end.startPos(), end.endPos()), end.startPos(), end.endPos());
            } else {
                int at = run.lastEnd(start.endPos());
                run.close(index, "", at, at);
            }
        }

        private void standalone(BlockBuilder run, String name, int start, int end) {
            run.standalone(name, slice(start, end), start, end);
        }

        private int outerEnd(Element element) {
            Range end = element.endSourceRange();
            if (tracked(end)) {
                return end.endPos();
            }
            int last = element.sourceRange().endPos();
            for (Node node = element.lastChild(); node != null; node = node.lastChild()) {
                if (tracked(node.sourceRange())) {
                    last = Math.max(last, node.sourceRange().endPos());
                }
                if (node instanceof Element inner && tracked(inner.endSourceRange())) {
                    return Math.max(last, inner.endSourceRange().endPos());
                }
            }
            return last;
        }

        private void attributes(Element element) {
            for (String name : READ_ATTRIBUTES) {
                attribute(element, name);
            }
        }

        void attribute(Element element, String name) {
            Attribute attribute = element.attribute(name);
            if (attribute == null || !attribute.sourceRange().isTracked() || untranslatable(element)) {
                return;
            }
            Range value = attribute.sourceRange().valueRange();
            if (value.startPos() >= value.endPos()) {
                return;
            }
            boolean quoted = value.startPos() > 0 && isQuote(html.charAt(value.startPos() - 1));
            BlockBuilder block = new BlockBuilder("", quoted ? "attribute" : "attribute-unquoted", "attribute");
            decode(value.startPos(), value.endPos(), true, block);
            block.build().ifPresent(blocks::add);
        }

        private void decode(int from, int to, boolean attribute, BlockBuilder into) {
            into.source(
                    html, from, to, attribute ? BlockBuilder.Escapes.HTML_ATTRIBUTE : BlockBuilder.Escapes.HTML_TEXT);
        }

        private String slice(int start, int end) {
            return html.substring(start, end);
        }

        private static boolean isInline(Element element) {
            String name = element.normalName();
            if (OPAQUE.contains(name) || VOID.contains(name)) {
                return true;
            }
            if (!INLINE.contains(name)) {
                return false;
            }
            for (Element child : element.children()) {
                if (!isInline(child)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** HTML's escaping of text and attribute values, in the file's own character set. */
    private record Escaper(CharsetEncoder encoder) implements Splicer.Markup {

        @Override
        public String escape(Block block, String text) {
            String escaped = block.kind().equals("text")
                    ? XmlText.escape(text)
                    : XmlText.escapeAttribute(text).replace("'", "&#39;");
            if (encoder.charset().equals(StandardCharsets.UTF_8)) {
                return escaped;
            }
            StringBuilder out = new StringBuilder(escaped.length() + 8);
            escaped.codePoints().forEach(c -> {
                String character = Character.toString(c);
                if (c < 0x80 || encoder.canEncode(character)) {
                    out.append(character);
                } else {
                    out.append("&#").append(c).append(';');
                }
            });
            return out.toString();
        }

        @Override
        public String wrap(Block block, String rendered) {
            return block.kind().equals("attribute-unquoted") ? "\"" + rendered + "\"" : rendered;
        }
    }
}
