package dev.tessera.exchange;

import dev.tessera.translation.ExportRow;
import dev.tessera.translation.TranslationStatus;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Set;

/**
 * The target article as plain text: each non-blank source line (a paragraph) with its segments' targets in place,
 * joined by the target language's separator (nothing for Chinese and Japanese, a space otherwise), its leading
 * indentation kept, blank lines where the source has them. A segment that is not finished is written as its source
 * (the caller refuses the export first unless that fallback was asked for).
 */
final class TextExport {

    private TextExport() {}

    static void write(
            String source,
            Iterator<ExportRow> rows,
            String sourceLanguage,
            String targetLanguage,
            Set<TranslationStatus> published,
            Writer out)
            throws IOException {
        String targetSeparator = dev.tessera.shared.Locales.sentenceSeparator(targetLanguage);
        String sourceSeparator = dev.tessera.shared.Locales.sentenceSeparator(sourceLanguage);
        ExportRow pending = rows.hasNext() ? rows.next() : null;
        int paragraph = 0;
        String[] lines = source.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank()) {
                paragraph++;
                out.write(line.substring(0, line.length() - line.stripLeading().length()));
                boolean first = true;
                boolean previousFromSource = false;
                while (pending != null && pending.paragraph() == paragraph) {
                    boolean finished = published.contains(pending.status()) && pending.target() != null;
                    if (!first) {
                        out.write(!finished && previousFromSource ? sourceSeparator : targetSeparator);
                    }
                    out.write(plain(pending, finished ? pending.target() : pending.source()));
                    previousFromSource = !finished;
                    first = false;
                    pending = rows.hasNext() ? rows.next() : null;
                }
            }
            if (i < lines.length - 1) {
                out.write('\n');
            }
        }
    }

    /** A segment's text without its inline codes, which plain text cannot carry. */
    static String plain(ExportRow row, String text) {
        return row.codes() == null ? text : dev.tessera.shared.CodeMarkers.strip(text);
    }
}
