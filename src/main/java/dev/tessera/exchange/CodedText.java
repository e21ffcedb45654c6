package dev.tessera.exchange;

import dev.tessera.formats.InlineCode;
import dev.tessera.shared.CodeMarkers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A text with its inline codes: each code stands in the text as a marker ({@link CodeMarkers}) indexing the list. */
record CodedText(String text, List<InlineCode> codes) {

    CodedText {
        codes = List.copyOf(codes);
    }

    private static final java.util.regex.Pattern ORIGINAL_ID = java.util.regex.Pattern.compile("o([1-9][0-9]{0,3})");
    private static final java.util.Set<String> PLAIN_CODES = java.util.Set.of("g", "x", "pc", "ph");

    static CodedText plain(String text) {
        return new CodedText(text, List.of());
    }

    /**
     * The text with the markers of a source file's codes as Tessera exported them ({@code <pc id="o4">}: the
     * block's fourth code) numbered as the segment numbers them, so that it compares with the segment's source and
     * its target writes back into the original file; other markers as they are.
     */
    String textInBlockNumbers() {
        if (codes.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CodeMarkers.isMarker(c) && CodeMarkers.index(c) < codes.size()) {
                InlineCode code = codes.get(CodeMarkers.index(c));
                java.util.regex.Matcher original = ORIGINAL_ID.matcher(code.id() == null ? "" : code.id());
                if (PLAIN_CODES.contains(code.name()) && original.matches()) {
                    c = CodeMarkers.marker(CodeMarkers.kind(c), Integer.parseInt(original.group(1)) - 1);
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * This text (a target) with its markers renumbered to index the source's codes, the same element with the same
     * id being the same code; codes the source lacks are added after the source's.
     *
     * @return the target's text and the code table of the pair
     */
    CodedText alignedTo(CodedText source) {
        if (codes.isEmpty()) {
            return new CodedText(text, source.codes());
        }
        Map<String, Integer> bySourceKey = new HashMap<>();
        for (int i = 0; i < source.codes().size(); i++) {
            bySourceKey.putIfAbsent(source.codes().get(i).key(), i);
        }
        List<InlineCode> table = new ArrayList<>(source.codes());
        int[] renumbered = new int[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            Integer at = bySourceKey.get(codes.get(i).key());
            if (at == null) {
                at = table.size();
                table.add(codes.get(i));
            }
            renumbered[i] = at;
        }
        if (table.size() > CodeMarkers.MAX_CODES) {
            throw new IllegalArgumentException("more than " + CodeMarkers.MAX_CODES + " inline codes in one segment");
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean code = CodeMarkers.isMarker(c) && CodeMarkers.index(c) < renumbered.length;
            out.append(code ? CodeMarkers.marker(CodeMarkers.kind(c), renumbered[CodeMarkers.index(c)]) : c);
        }
        return new CodedText(out.toString(), table);
    }
}
