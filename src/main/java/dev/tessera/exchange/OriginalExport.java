package dev.tessera.exchange;

import dev.tessera.formats.Filters;
import dev.tessera.formats.Replacement;
import dev.tessera.formats.SourceFormat;
import dev.tessera.formats.Written;
import dev.tessera.translation.ExportRow;
import dev.tessera.translation.TranslationStatus;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A document written back into the file it came from: each finished segment's target spliced in where its source
 * stood, everything else as it was.
 */
final class OriginalExport {

    private OriginalExport() {}

    /**
     * The translated file.
     *
     * @param documentText the document's text as Tessera keeps it, which the original must still give where the
     *                     translations go (409 otherwise)
     * @return the file, and the positions of the segments whose codes had to be repaired
     */
    static Result write(
            SourceFormat format,
            byte[] original,
            String documentText,
            Iterator<ExportRow> rows,
            Set<TranslationStatus> published,
            String locale) {
        // The document's text is its blocks, one line each, a blank line between them (Filters.documentText).
        String[] blocks = documentText.split("\n\n", -1);
        List<Replacement> replacements = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int paragraph = 0;
        int from = 0;
        while (rows.hasNext()) {
            ExportRow row = rows.next();
            if (row.paragraph() != paragraph) {
                paragraph = row.paragraph();
                from = 0;
            }
            int start = blocks[paragraph - 1].indexOf(row.source(), from);
            from = start + row.source().length();
            if (row.target() != null && published.contains(row.status())) {
                replacements.add(new Replacement(paragraph - 1, start, from, row.target(), row.source()));
                positions.add(row.position());
            }
        }
        Written written = Filters.of(format).write(original, replacements, locale);
        return new Result(
                written.content(),
                written.repaired().stream().map(positions::get).toList());
    }

    record Result(byte[] content, List<Integer> repaired) {}
}
