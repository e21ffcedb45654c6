package dev.tessera.formats;

import dev.tessera.shared.ApiException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The elements of an XML part with where each tag lies in its text, which a splice needs and a parser's tree does
 * not keep. Refuses a DOCTYPE (so no entity is ever expanded or fetched) and anything not well-formed.
 */
final class XmlTree {

    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /** One element: its start tag at {@code start}–{@code startTagEnd}, its end tag at {@code endTagStart}–{@code end}. */
    static final class Element {
        final String name;
        final int start;
        int startTagEnd;
        int endTagStart;
        int end;
        final Element parent;
        final List<Element> children = new ArrayList<>(2);

        Element(String name, int start, Element parent) {
            this.name = name;
            this.start = start;
            this.parent = parent;
        }

        boolean isEmpty() {
            return startTagEnd == end;
        }

        /** The value of the attribute in the start tag, entities left as written; null when absent. */
        String attribute(String xml, String qualifiedName) {
            Matcher attribute = ATTRIBUTE.matcher(xml).region(start, startTagEnd);
            while (attribute.find()) {
                if (attribute.group(1).equals(qualifiedName)) {
                    return attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                }
            }
            return null;
        }

        Element child(String childName) {
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    return child;
                }
            }
            return null;
        }

        boolean hasAncestor(String ancestorName) {
            for (Element e = parent; e != null; e = e.parent) {
                if (e.name.equals(ancestorName)) {
                    return true;
                }
            }
            return false;
        }
    }

    private XmlTree() {}

    /** The root element of the part. */
    static Element parse(String xml, String part) {
        Deque<Element> open = new ArrayDeque<>();
        Element root = null;
        int i = 0;
        int n = xml.length();
        while (i < n) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (xml.startsWith("<?", lt)) {
                i = after(xml, "?>", lt, part);
            } else if (xml.startsWith("<!--", lt)) {
                i = after(xml, "-->", lt, part);
            } else if (xml.startsWith("<![CDATA[", lt)) {
                i = after(xml, "]]>", lt, part);
            } else if (xml.startsWith("<!", lt)) {
                throw ApiException.validation("The file's part " + part + " declares a DOCTYPE; Tessera reads no"
                                + " document type declarations or entities.")
                        .text("formats.xml-doctype", part);
            } else if (xml.startsWith("</", lt)) {
                int gt = xml.indexOf('>', lt);
                String name = gt < 0 ? "" : xml.substring(lt + 2, gt).strip();
                Element element = open.poll();
                if (gt < 0 || element == null || !element.name.equals(name)) {
                    throw malformed(part);
                }
                element.endTagStart = lt;
                element.end = gt + 1;
                i = gt + 1;
            } else {
                int gt = tagEnd(xml, lt, part);
                boolean empty = xml.charAt(gt - 2) == '/';
                int nameEnd = lt + 1;
                while (nameEnd < gt - 1 && !Character.isWhitespace(xml.charAt(nameEnd)) && xml.charAt(nameEnd) != '/') {
                    nameEnd++;
                }
                Element parent = open.peek();
                if (parent == null && root != null) {
                    throw malformed(part);
                }
                Element element = new Element(xml.substring(lt + 1, nameEnd), lt, parent);
                element.startTagEnd = gt;
                if (parent == null) {
                    root = element;
                } else {
                    parent.children.add(element);
                }
                if (empty) {
                    element.endTagStart = gt;
                    element.end = gt;
                } else {
                    open.push(element);
                }
                i = gt;
            }
        }
        if (root == null || !open.isEmpty()) {
            throw malformed(part);
        }
        return root;
    }

    private static int after(String xml, String terminator, int from, String part) {
        int at = xml.indexOf(terminator, from);
        if (at < 0) {
            throw malformed(part);
        }
        return at + terminator.length();
    }

    /** Where the tag starting at {@code lt} ends, quoted attribute values skipped. */
    private static int tagEnd(String xml, int lt, String part) {
        char quote = 0;
        for (int i = lt + 1; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            } else if (c == '<') {
                break;
            }
        }
        throw malformed(part);
    }

    private static ApiException malformed(String part) {
        return ApiException.validation("The file's part " + part + " is not well-formed XML.")
                .text("formats.xml-malformed", part);
    }
}
