package dev.tessera.shared;

/** Text escaped for XML and HTML: as element content, or as a double-quoted attribute value. */
public final class XmlText {

    private XmlText() {}

    /** {@code &}, {@code <} and {@code >} as references. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** As {@link #escape}, and {@code "} too, for a value between double quotes. */
    public static String escapeAttribute(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String reference = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                default -> null;
            };
            if (reference != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(reference != null ? reference : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
