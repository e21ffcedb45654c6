package dev.tessera.formats;

import dev.tessera.shared.CodeMarkers;
import dev.tessera.shared.CodeMarkers.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Makes a target's codes nest so that the file written from them is well-formed: a code closed out of order
 * closes the codes opened inside it and opens them again after it, an end without its start is dropped, a code
 * left open is closed at the end, and a standalone code the translator dropped is put back at the end (it may be a
 * footnote or a picture).
 */
final class CodeRepair {

    private CodeRepair() {}

    /**
     * The target with its codes nested.
     *
     * @param known the number of codes of the block: markers of other codes are dropped
     * @param source the source part the target translates, whose standalone codes must survive
     */
    static String nest(String target, String source, int known) {
        if (!CodeMarkers.hasMarkers(target) && !CodeMarkers.hasMarkers(source)) {
            return target;
        }
        StringBuilder out = new StringBuilder(target.length() + 8);
        Deque<Integer> open = new ArrayDeque<>();
        BitSet seen = new BitSet();
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (!CodeMarkers.isMarker(c)) {
                out.append(c);
                continue;
            }
            int index = CodeMarkers.index(c);
            if (index >= known) {
                continue;
            }
            switch (CodeMarkers.kind(c)) {
                case STANDALONE -> {
                    out.append(c);
                    seen.set(index);
                }
                case OPEN -> {
                    if (!open.contains(index)) {
                        open.push(index);
                        out.append(c);
                    }
                }
                case CLOSE -> closeNested(index, open, out);
            }
        }
        while (!open.isEmpty()) {
            out.append(CodeMarkers.marker(Kind.CLOSE, open.pop()));
        }
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (CodeMarkers.isMarker(c)
                    && CodeMarkers.kind(c) == Kind.STANDALONE
                    && CodeMarkers.index(c) < known
                    && !seen.get(CodeMarkers.index(c))) {
                out.append(c);
                seen.set(CodeMarkers.index(c));
            }
        }
        return out.toString();
    }

    private static void closeNested(int index, Deque<Integer> open, StringBuilder out) {
        if (!open.contains(index)) {
            return;
        }
        List<Integer> inside = new ArrayList<>();
        while (open.peek() != index) {
            int inner = open.pop();
            inside.add(inner);
            out.append(CodeMarkers.marker(Kind.CLOSE, inner));
        }
        open.pop();
        out.append(CodeMarkers.marker(Kind.CLOSE, index));
        for (int i = inside.size() - 1; i >= 0; i--) {
            open.push(inside.get(i));
            out.append(CodeMarkers.marker(Kind.OPEN, inside.get(i)));
        }
    }
}
