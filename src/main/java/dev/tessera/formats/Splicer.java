package dev.tessera.formats;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.CodeMarkers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a part of a file back with its translations: every character outside a replaced range is copied as it
 * was, each replaced range is the target's text escaped for where it stands, its codes written as the markup they
 * stood for in the original. An edit inside a code's markup (a link's translated title) is applied where that
 * markup is written.
 */
final class Splicer {

    /** How a filter writes text into one of its blocks. */
    interface Markup {
        String escape(Block block, String text);

        /** The whole replacement as it goes into the file (an unquoted attribute value gains its quotes). */
        default String wrap(Block block, String rendered) {
            return rendered;
        }

        /**
         * The target (its codes nested) as it goes into the file in place of the edit's range: its text escaped, each
         * code the markup it stood for in the original (copied with the edits inside it).
         */
        default String render(Edit edit, String target, Raw raw) {
            Block block = edit.block();
            StringBuilder rendered = new StringBuilder(target.length() + 16);
            int run = 0;
            for (int i = 0; i <= target.length(); i++) {
                if (i < target.length() && !CodeMarkers.isMarker(target.charAt(i))) {
                    continue;
                }
                rendered.append(escape(block, target.substring(run, i)));
                if (i < target.length()) {
                    int[] span = block.spans().get(CodeMarkers.index(target.charAt(i)));
                    boolean close = CodeMarkers.kind(target.charAt(i)) == CodeMarkers.Kind.CLOSE;
                    raw.copy(close ? span[2] : span[0], close ? span[3] : span[1], rendered);
                }
                run = i + 1;
            }
            return wrap(block, rendered.toString());
        }
    }

    /** Copies a range of the original part, with the edits that lie inside it. */
    interface Raw {
        void copy(int from, int to, StringBuilder out);
    }

    /**
     * One change of the part: {@code literal} or a block's target in place of {@code start}–{@code end}.
     *
     * @param replacement the index of the replacement it writes, -1 for a literal
     */
    record Edit(int start, int end, Block block, String source, String target, String literal, int replacement) {

        static Edit literal(int start, int end, String text) {
            return new Edit(start, end, null, null, null, text, -1);
        }
    }

    private final String raw;
    private final List<Edit> edits;
    private final Markup markup;
    private final List<Integer> repaired = new ArrayList<>();

    private Splicer(String raw, List<Edit> edits, Markup markup) {
        this.raw = raw;
        this.edits = edits.stream()
                .sorted(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end))
                .toList();
        this.markup = markup;
    }

    /** The part with the edits applied; the indexes of repaired replacements are added to {@code repaired}. */
    static String splice(String raw, List<Edit> edits, Markup markup, List<Integer> repaired) {
        Splicer splicer = new Splicer(raw, edits, markup);
        StringBuilder out = new StringBuilder(raw.length() + raw.length() / 4);
        splicer.copy(0, raw.length(), out);
        repaired.addAll(splicer.repaired);
        return out.toString();
    }

    /**
     * The edits the replacements make; a replacement equal to its source changes nothing.
     *
     * @throws ApiException 409 when a replacement's source is not what the file reads there
     */
    static List<Edit> edits(List<Block> blocks, List<Replacement> replacements) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < replacements.size(); i++) {
            Replacement replacement = replacements.get(i);
            if (replacement.block() >= blocks.size()) {
                throw changed();
            }
            editsOf(blocks.get(replacement.block()), replacement, i, edits);
        }
        return edits;
    }

    private static ApiException changed() {
        return ApiException.invalidState("The original file no longer reads as the document's text; export it as"
                        + " XLIFF or text instead.")
                .text("formats.original-changed");
    }

    private static void editsOf(Block block, Replacement replacement, int index, List<Edit> into) {
        String source = block.text().substring(replacement.start(), replacement.end());
        if (replacement.source() != null && !replacement.source().equals(source)) {
            throw changed();
        }
        if (source.equals(replacement.text())) {
            return;
        }
        into.add(new Edit(
                block.starts()[replacement.start()],
                block.ends()[replacement.end() - 1],
                block,
                source,
                replacement.text(),
                null,
                index));
    }

    private void copy(int from, int to, StringBuilder out) {
        int cursor = from;
        for (int i = firstEditAt(from); i < edits.size() && edits.get(i).start() < to; i++) {
            Edit edit = edits.get(i);
            if (edit.start() < cursor || edit.end() > to) {
                continue;
            }
            out.append(raw, cursor, edit.start());
            write(edit, out);
            cursor = edit.end();
        }
        out.append(raw, cursor, to);
    }

    private int firstEditAt(int position) {
        int low = 0;
        int high = edits.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (edits.get(middle).start() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private void write(Edit edit, StringBuilder out) {
        if (edit.literal() != null) {
            out.append(edit.literal());
            return;
        }
        Block block = edit.block();
        String target =
                CodeRepair.nest(edit.target(), edit.source(), block.codes().size());
        if (!target.equals(edit.target())) {
            repaired.add(edit.replacement());
        }
        out.append(markup.render(edit, target, this::copy));
    }
}
