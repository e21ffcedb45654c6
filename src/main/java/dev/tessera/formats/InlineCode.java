package dev.tessera.formats;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One inline code of a segment as its file wrote it, kept to be written back unchanged.
 *
 * @param family 1 for XLIFF 1.x, 2 for XLIFF 2.x: codes are written as read into a file of their family, and as a
 *               plain {@code <g>}/{@code <x/>} or {@code <pc>}/{@code <ph/>} into the other; 0 for the markup of a
 *               source file (HTML, Markdown, DOCX), written into XLIFF as original data
 * @param name   the element's local name
 * @param id     its id (or the id it refers to), which pairs a target's code with the source's
 * @param open   the whole element of a standalone code, or the start tag of a paired one
 * @param close  the end tag of a paired code, null for a standalone one
 * @param data   XLIFF 2 original data the code refers to: id → the {@code <data>} element
 */
public record InlineCode(int family, String name, String id, String open, String close, Map<String, String> data) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<InlineCode>> LIST = new TypeReference<>() {};

    public InlineCode {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    public boolean paired() {
        return close != null;
    }

    /** What pairs a target's code with the source's: the same element with the same id. */
    public String key() {
        return name + "#" + id;
    }

    public static String toJson(List<InlineCode> codes) {
        return codes.isEmpty() ? null : JSON.writeValueAsString(codes);
    }

    public static List<InlineCode> fromJson(String json) {
        return json == null || json.isEmpty() ? List.of() : JSON.readValue(json, LIST);
    }
}
