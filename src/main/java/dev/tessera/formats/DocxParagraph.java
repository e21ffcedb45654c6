package dev.tessera.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code <w:p>} read into a block. Its usual formatting is the run properties that carry most of its text;
 * runs formatted otherwise are a code pair, so "China's <b>CPEC</b> projects" is one sentence with one pair.
 */
final class DocxParagraph {

    /** Elements around runs that Tessera reads through. */
    private static final Set<String> TRANSPARENT =
            Set.of("w:ins", "w:smartTag", "w:customXml", "w:dir", "w:bdo", "w:moveTo", "w:sdtContent");
    /** Run properties that change nothing a reader sees: proofing language, spell-check exclusion, hints. */
    private static final Pattern NOISE = Pattern.compile(
            "<w:lang\\b[^>]*/>|<w:noProof\\b[^>]*/>|<w:webHidden\\b[^>]*/>|\\s+w:hint=\"[^\"]*\""
                    + "|<w:rPrChange\\b.*?</w:rPrChange>|<w:rPrChange\\b[^>]*/>|\\s+(?=<)|(?<=>)\\s+",
            Pattern.DOTALL);

    private static final Pattern HEADING = Pattern.compile("(?i)(?:heading|berschrift|titre)\\s*([1-9])");
    private static final Pattern BIDI_BEFORE = Pattern.compile("<w:(?:adjustRightInd|snapToGrid|spacing|ind|"
            + "contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|"
            + "outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)\\b|</w:pPr>");

    private final DocxFilter.DocxPart part;
    private final String xml;
    private final XmlTree.Element p;
    private final Map<String, String> links;
    private final BlockBuilder block;
    private String baseCanonical;
    private String baseProperties;
    private int openFormat = -1;
    private String openCanonical;
    private int lastRunEnd;
    private int fieldDepth;
    private int fieldStart;
    private final Map<Integer, String> linkProperties = new HashMap<>();

    DocxParagraph(DocxFilter.DocxPart part, XmlTree.Element p, Map<String, String> links) {
        this.part = part;
        this.xml = part.xml();
        this.p = p;
        this.links = links;
        this.block = new BlockBuilder(part.name(), "docx", role());
        Map<String, Integer> lengths = new HashMap<>();
        Map<String, String> raw = new HashMap<>();
        measure(p, lengths, raw);
        baseCanonical = usual(lengths, "");
        baseProperties = raw.getOrDefault(baseCanonical, "");
        openCanonical = baseCanonical;
        lastRunEnd = p.startTagEnd;
        content(p);
        closeFormat();
    }

    Optional<Block> block() {
        return block.build();
    }

    XmlTree.Element element() {
        return p;
    }

    /** The run properties of the paragraph's usual text, which a translation's plain text is written with. */
    String baseProperties() {
        return baseProperties;
    }

    /** The usual run properties inside the link that starts at {@code start}, or {@code otherwise}. */
    String linkProperties(int start, String otherwise) {
        return linkProperties.getOrDefault(start, otherwise);
    }

    /** The elements inside the paragraph that are open at {@code position} of the part, outermost first. */
    static List<XmlTree.Element> openAt(XmlTree.Element paragraph, int position) {
        List<XmlTree.Element> open = new ArrayList<>();
        XmlTree.Element current = paragraph;
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (XmlTree.Element child : current.children) {
                if (!child.isEmpty() && child.startTagEnd <= position && position <= child.endTagStart) {
                    open.add(child);
                    current = child;
                    deeper = true;
                    break;
                }
            }
        }
        return open;
    }

    /**
     * The edit with its ends moved out of a run whose whole text it replaces, so that no empty run is left behind.
     */
    Splicer.Edit widened(Splicer.Edit edit) {
        int start = edit.start();
        int end = edit.end();
        List<XmlTree.Element> from = openAt(p, start);
        if (from.size() >= 2 && isWholeText(from, start, true)) {
            start = from.get(from.size() - 2).start;
        }
        List<XmlTree.Element> to = openAt(p, end);
        if (to.size() >= 2 && isWholeText(to, end, false)) {
            end = to.get(to.size() - 2).end;
        }
        return new Splicer.Edit(
                start, end, edit.block(), edit.source(), edit.target(), edit.literal(), edit.replacement());
    }

    /** Whether the position is where the text of its run begins (or ends), nothing else of the run before (after). */
    private static boolean isWholeText(List<XmlTree.Element> open, int position, boolean begins) {
        XmlTree.Element t = open.getLast();
        XmlTree.Element run = open.get(open.size() - 2);
        if (!t.name.equals("w:t") || !run.name.equals("w:r")) {
            return false;
        }
        List<XmlTree.Element> content =
                run.children.stream().filter(e -> !e.name.equals("w:rPr")).toList();
        return begins
                ? position == t.startTagEnd && content.getFirst() == t
                : position == t.endTagStart && content.getLast() == t;
    }

    /** The edit that makes the paragraph right-to-left, unless it is already. */
    Optional<Splicer.Edit> bidiEdit() {
        XmlTree.Element properties = p.child("w:pPr");
        if (properties == null) {
            return Optional.of(Splicer.Edit.literal(p.startTagEnd, p.startTagEnd, "<w:pPr><w:bidi/></w:pPr>"));
        }
        if (properties.isEmpty()) {
            return Optional.of(Splicer.Edit.literal(properties.start, properties.end, "<w:pPr><w:bidi/></w:pPr>"));
        }
        if (properties.child("w:bidi") != null) {
            return Optional.empty();
        }
        Matcher before = BIDI_BEFORE.matcher(xml).region(properties.startTagEnd, properties.end);
        int at = before.find() ? before.start() : properties.endTagStart;
        return Optional.of(Splicer.Edit.literal(at, at, "<w:bidi/>"));
    }

    private String role() {
        String partName = part.name();
        if (partName.contains("footnotes") || partName.contains("endnotes")) {
            return "note";
        }
        if (partName.contains("header") || partName.contains("footer")) {
            return "attribute";
        }
        XmlTree.Element properties = p.child("w:pPr");
        XmlTree.Element style = properties == null ? null : properties.child("w:pStyle");
        String name = style == null ? "" : String.valueOf(style.attribute(xml, "w:val"));
        Matcher heading = HEADING.matcher(name);
        if (heading.find()) {
            return "h" + Math.min(6, Integer.parseInt(heading.group(1)));
        }
        if (name.equalsIgnoreCase("Title")) {
            return "title";
        }
        if (name.toLowerCase(java.util.Locale.ROOT).contains("caption")) {
            return "caption";
        }
        if (name.toLowerCase(java.util.Locale.ROOT).contains("quote")) {
            return "quote";
        }
        if (properties != null && properties.child("w:numPr") != null || name.equalsIgnoreCase("ListParagraph")) {
            return "li";
        }
        return p.hasAncestor("w:tc") ? "cell" : "p";
    }

    /** The formatting that carries the most text. */
    private static String usual(Map<String, Integer> lengths, String otherwise) {
        return lengths.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(otherwise);
    }

    /** Counts the text of each formatting, outside links (whose style is the link's own). */
    private void measure(XmlTree.Element parent, Map<String, Integer> lengths, Map<String, String> raw) {
        for (XmlTree.Element child : parent.children) {
            if (child.name.equals("w:r")) {
                int length = 0;
                for (XmlTree.Element t : child.children) {
                    length += t.name.equals("w:t") ? t.endTagStart - t.startTagEnd : 0;
                }
                if (length > 0) {
                    String properties = properties(child);
                    lengths.merge(canonical(properties), length, Integer::sum);
                    raw.putIfAbsent(canonical(properties), properties);
                }
            } else if (TRANSPARENT.contains(child.name) || child.name.equals("w:sdt")) {
                measure(child, lengths, raw);
            }
        }
    }

    private void content(XmlTree.Element parent) {
        for (XmlTree.Element child : parent.children) {
            switch (child.name) {
                case "w:r" -> run(child);
                case "w:hyperlink" -> hyperlink(child);
                case "w:fldSimple" -> whole("field", child);
                case "m:oMath", "m:oMathPara" -> whole("math", child);
                case "w:sdt" -> {
                    XmlTree.Element content = child.child("w:sdtContent");
                    if (content != null) {
                        content(content);
                    }
                }
                default -> {
                    if (TRANSPARENT.contains(child.name)) {
                        content(child);
                    }
                }
            }
        }
    }

    private void hyperlink(XmlTree.Element link) {
        if (link.isEmpty()) {
            return;
        }
        closeFormat();
        String id = link.attribute(xml, "r:id");
        String anchor = link.attribute(xml, "w:anchor");
        String href = id != null ? links.getOrDefault(id, "") : anchor != null ? "#" + anchor : "";
        int index = block.open(
                "a", xml.substring(link.start, link.startTagEnd), Map.of("href", href), link.start, link.startTagEnd);
        String outerCanonical = baseCanonical;
        String outerProperties = baseProperties;
        Map<String, Integer> lengths = new HashMap<>();
        Map<String, String> raw = new HashMap<>();
        measure(link, lengths, raw);
        baseCanonical = usual(lengths, baseCanonical);
        baseProperties = raw.getOrDefault(baseCanonical, baseProperties);
        linkProperties.put(link.start, baseProperties);
        openCanonical = baseCanonical;
        content(link);
        closeFormat();
        baseCanonical = outerCanonical;
        baseProperties = outerProperties;
        openCanonical = baseCanonical;
        block.close(index, "</w:hyperlink>", link.endTagStart, link.end);
        lastRunEnd = link.end;
    }

    private void run(XmlTree.Element run) {
        if (fieldDepth > 0 || run.child("w:fldChar") != null) {
            field(run);
            return;
        }
        String properties = properties(run);
        if (hidden(properties)) {
            whole("hidden", run);
            return;
        }
        if (!hasText(run)) {
            String object = objectName(run);
            if (object != null) {
                whole(object, run);
            }
            return;
        }
        switchFormat(canonical(properties), properties, run.start);
        for (XmlTree.Element child : run.children) {
            switch (child.name) {
                case "w:t" -> text(child);
                case "w:tab" -> made("tab", properties, child);
                case "w:br", "w:cr" -> made("br", properties, child);
                case "w:noBreakHyphen" -> block.character('\u2011', child.start, child.end);
                case "w:softHyphen" -> block.character('\u00AD', child.start, child.end);
                case "w:sym" -> made("sym", properties, child);
                case "w:footnoteReference", "w:endnoteReference" -> made("footnote", properties, child);
                case "w:drawing", "w:pict", "w:object", "mc:AlternateContent" -> made("drawing", properties, child);
                default -> {}
            }
        }
        lastRunEnd = run.end;
    }

    /** A complex field, from its begin to its end character, is one standalone code. */
    private void field(XmlTree.Element run) {
        if (fieldDepth == 0) {
            closeFormat();
            fieldStart = run.start;
        }
        for (XmlTree.Element child : run.children) {
            if (child.name.equals("w:fldChar")) {
                String type = String.valueOf(child.attribute(xml, "w:fldCharType"));
                fieldDepth += type.equals("begin") ? 1 : type.equals("end") ? -1 : 0;
            }
        }
        if (fieldDepth <= 0) {
            fieldDepth = 0;
            block.standalone("field", xml.substring(fieldStart, run.end), fieldStart, run.end);
            lastRunEnd = run.end;
        }
    }

    private void text(XmlTree.Element t) {
        block.source(xml, t.startTagEnd, t.endTagStart, BlockBuilder.Escapes.HTML_TEXT);
    }

    /** A code for something inside a run: written back as a run of its own with the run's properties. */
    private void made(String name, String properties, XmlTree.Element element) {
        block.standalone(
                name,
                "<w:r>" + properties + xml.substring(element.start, element.end) + "</w:r>",
                element.start,
                element.end,
                false);
    }

    /** A code for a whole element of the paragraph, written back as it is (with the edits inside it). */
    private void whole(String name, XmlTree.Element element) {
        block.standalone(name, xml.substring(element.start, element.end), element.start, element.end);
        lastRunEnd = element.end;
    }

    private void switchFormat(String canonical, String properties, int at) {
        if (canonical.equals(openCanonical)) {
            return;
        }
        closeFormat();
        if (!canonical.equals(baseCanonical)) {
            openFormat = block.open(formatName(canonical), properties, at, at);
            openCanonical = canonical;
        }
    }

    private void closeFormat() {
        if (openFormat >= 0) {
            block.close(openFormat, "", lastRunEnd, lastRunEnd);
            openFormat = -1;
        }
        openCanonical = baseCanonical;
    }

    /** What a formatting adds to the paragraph's usual one: bold, italic, underline, or other formatting. */
    private String formatName(String canonical) {
        String added = canonical;
        for (String usual : baseCanonical.split("(?=<)")) {
            if (!usual.isEmpty()) {
                added = added.replace(usual, "");
            }
        }
        if (on(added, "w:b")) {
            return "b";
        }
        if (on(added, "w:i")) {
            return "i";
        }
        return added.contains("<w:u ") && !added.contains("w:val=\"none\"") ? "u" : "format";
    }

    private static boolean on(String properties, String element) {
        Matcher matcher = Pattern.compile("<" + element + "(?:\\s+w:val=\"([^\"]*)\")?\\s*/>")
                .matcher(properties);
        while (matcher.find()) {
            String value = matcher.group(1);
            if (value == null || !(value.equals("0") || value.equals("false") || value.equals("off"))) {
                return true;
            }
        }
        return false;
    }

    private String properties(XmlTree.Element run) {
        XmlTree.Element properties = run.child("w:rPr");
        return properties == null ? "" : xml.substring(properties.start, properties.end);
    }

    static String canonical(String properties) {
        String canonical = NOISE.matcher(properties).replaceAll("");
        return canonical.equals("<w:rPr></w:rPr>") || canonical.equals("<w:rPr/>") ? "" : canonical;
    }

    private static boolean hidden(String properties) {
        return on(properties, "w:vanish");
    }

    private static boolean hasText(XmlTree.Element run) {
        for (XmlTree.Element child : run.children) {
            if (List.of("w:t", "w:tab", "w:br", "w:cr", "w:noBreakHyphen", "w:softHyphen", "w:sym")
                    .contains(child.name)) {
                return true;
            }
        }
        return false;
    }

    private static String objectName(XmlTree.Element run) {
        for (XmlTree.Element child : run.children) {
            switch (child.name) {
                case "w:footnoteReference", "w:endnoteReference" -> {
                    return "footnote";
                }
                case "w:drawing", "w:pict", "w:object", "mc:AlternateContent" -> {
                    return "drawing";
                }
                default -> {}
            }
        }
        return null;
    }
}
