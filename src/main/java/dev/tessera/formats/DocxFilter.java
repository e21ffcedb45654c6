package dev.tessera.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word documents read and written at the XML level of their parts: the body, headers, footers, footnotes and
 * endnotes, text boxes included. A paragraph is a block; runs whose visible formatting differs from the
 * paragraph's usual one are a code pair, adjacent runs of one formatting one pair (Word's proofing marks,
 * bookmarks, revision ids and rendered page breaks are not codes); hyperlinks are code pairs, fields, footnote
 * references, tabs, breaks and pictures standalone codes; hidden text and deleted revisions stay in the skeleton.
 */
public final class DocxFilter implements FormatFilter {

    private static final Pattern PART =
            Pattern.compile("word/(document|header\\d*|footer\\d*|footnotes|endnotes)\\.xml");
    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:]+)=\"([^\"]*)\"");

    @Override
    public SourceFormat format() {
        return SourceFormat.DOCX;
    }

    @Override
    public List<Block> read(byte[] file) {
        List<Block> blocks = new ArrayList<>();
        for (DocxPart part : parts(DocxPackage.read(file))) {
            blocks.addAll(part.blocks());
        }
        return blocks;
    }

    @Override
    public Written write(byte[] file, List<Replacement> replacements, String targetLocale) {
        DocxPackage docx = DocxPackage.read(file);
        List<DocxPart> parts = parts(docx);
        int[] firstBlock = new int[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            firstBlock[i + 1] = firstBlock[i] + parts.get(i).blocks().size();
        }
        Map<String, byte[]> replaced = new HashMap<>();
        List<Integer> repaired = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            List<Replacement> local = new ArrayList<>();
            List<Integer> global = new ArrayList<>();
            for (int i = 0; i < replacements.size(); i++) {
                Replacement r = replacements.get(i);
                if (r.block() >= firstBlock[p] && r.block() < firstBlock[p + 1]) {
                    local.add(new Replacement(r.block() - firstBlock[p], r.start(), r.end(), r.text()));
                    global.add(i);
                }
            }
            DocxPart part = parts.get(p);
            List<Splicer.Edit> edits = new ArrayList<>();
            for (Splicer.Edit edit : Splicer.edits(part.blocks(), local)) {
                edits.add(part.paragraph(edit.block()).widened(edit));
            }
            if (edits.isEmpty()) {
                continue;
            }
            if (targetLocale != null && WordLanguage.rightToLeft(targetLocale)) {
                part.rightToLeftEdits(edits);
            }
            List<Integer> fixed = new ArrayList<>();
            String xml = Splicer.splice(part.xml(), edits, new DocxMarkup(part, targetLocale), fixed);
            fixed.forEach(i -> repaired.add(global.get(i)));
            replaced.put(part.name(), xml.getBytes(StandardCharsets.UTF_8));
        }
        repaired.sort(Comparator.naturalOrder());
        return new Written(docx.with(replaced), repaired);
    }

    /** The parts with translatable text, in reading order: the body, then headers, footers, footnotes, endnotes. */
    private static List<DocxPart> parts(DocxPackage docx) {
        List<String> names = new ArrayList<>();
        for (String name : docx.parts().keySet()) {
            if (PART.matcher(name).matches()) {
                names.add(name);
            }
        }
        names.sort(Comparator.comparingInt(DocxFilter::rank).thenComparing(Comparator.naturalOrder()));
        List<DocxPart> parts = new ArrayList<>();
        for (String name : names) {
            parts.add(new DocxPart(name, docx.text(name), links(docx, name)));
        }
        return parts;
    }

    private static int rank(String part) {
        String name = part.substring("word/".length());
        return name.startsWith("document") ? 0 : name.startsWith("header") ? 1 : name.startsWith("footer") ? 2 : 3;
    }

    /** The part's external hyperlink targets by relationship id; never fetched, only shown. */
    private static Map<String, String> links(DocxPackage docx, String part) {
        byte[] rels = docx.parts().get("word/_rels/" + part.substring("word/".length()) + ".rels");
        Map<String, String> links = new HashMap<>();
        if (rels == null) {
            return links;
        }
        Matcher relationship = RELATIONSHIP.matcher(new String(rels, StandardCharsets.UTF_8));
        while (relationship.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(relationship.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2));
            }
            if (attributes.getOrDefault("Type", "").endsWith("/hyperlink") && attributes.containsKey("Id")) {
                links.put(attributes.get("Id"), attributes.getOrDefault("Target", ""));
            }
        }
        return links;
    }

    /** One translatable part: its text, its elements, and its paragraphs as blocks. */
    static final class DocxPart {

        private final String name;
        private final String xml;
        private final XmlTree.Element root;
        private final List<Block> blocks = new ArrayList<>();
        private final Map<Block, DocxParagraph> paragraphs = new IdentityHashMap<>();

        DocxPart(String name, String xml, Map<String, String> links) {
            this.name = name;
            this.xml = xml;
            this.root = XmlTree.parse(xml, name);
            List<XmlTree.Element> found = new ArrayList<>();
            collect(root, found);
            for (XmlTree.Element p : found) {
                DocxParagraph paragraph = new DocxParagraph(this, p, links);
                paragraph.block().ifPresent(block -> {
                    blocks.add(block);
                    paragraphs.put(block, paragraph);
                });
            }
            blocks.sort(Comparator.comparingInt(Block::start));
        }

        String name() {
            return name;
        }

        String xml() {
            return xml;
        }

        List<Block> blocks() {
            return blocks;
        }

        DocxParagraph paragraph(Block block) {
            return paragraphs.get(block);
        }

        /** Paragraphs, text boxes' included; the fallback copy of a text box is Word's, not a second block. */
        private static void collect(XmlTree.Element element, List<XmlTree.Element> into) {
            for (XmlTree.Element child : element.children) {
                if (child.name.equals("w:p")) {
                    into.add(child);
                }
                if (!child.name.equals("mc:Fallback")) {
                    collect(child, into);
                }
            }
        }

        /** Marks the translated paragraphs right-to-left ({@code w:bidi} in their properties). */
        void rightToLeftEdits(List<Splicer.Edit> edits) {
            java.util.Set<DocxParagraph> touched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Splicer.Edit edit : List.copyOf(edits)) {
                if (edit.block() != null && touched.add(paragraph(edit.block()))) {
                    paragraph(edit.block()).bidiEdit().ifPresent(edits::add);
                }
            }
        }
    }
}
