package dev.tessera.project;

import dev.tessera.formats.CodeKind;
import dev.tessera.formats.InlineCode;
import java.util.List;

/**
 * What one inline code of a segment is, for the editor's tags: {@code kind} is {@code bold}, {@code italic},
 * {@code underline}, {@code link}, {@code code}, {@code line-break}, {@code image}, {@code footnote},
 * {@code field}, {@code comment} or {@code format}; {@code detail} a link's address.
 */
public record CodeLabel(String kind, String detail) {

    /** The labels of a segment's codes (its stored JSON), by code index; empty when it has none. */
    public static List<CodeLabel> of(String codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        return InlineCode.fromJson(codes).stream()
                .map(CodeKind::of)
                .map(kind -> new CodeLabel(kind.kind(), kind.detail()))
                .toList();
    }
}
