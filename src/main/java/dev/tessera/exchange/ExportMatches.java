package dev.tessera.exchange;

import dev.tessera.memory.Match;
import dev.tessera.memory.MatchService;
import dev.tessera.translation.ExportRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The memory matches of an export's untranslated segments, looked up a page at a time as the rows are read, so
 * that only the current page's matches are held: each page is read with one row more than it gives, which is the
 * next source of its last segment (the neighbours tell a CONTEXT match from an EXACT one).
 */
final class ExportMatches {

    /** How many matches a unit carries, best first. */
    static final int LIMIT = 3;

    /**
     * The lowest score a match needs to be exported: the usual fuzzy threshold of CAT tools, above the editor's 50,
     * since a file's reader cannot ask for more and weak matches would only fill it.
     */
    static final int THRESHOLD = 70;

    /** Reads the rows after a position, so many of them. */
    @FunctionalInterface
    interface Pages {
        List<ExportRow> after(int position, int size);
    }

    private final MatchService matches;
    private final long documentId;
    private final String locale;
    private final Pages pages;
    private final int pageSize;
    private String previousSource = "";
    private Map<Long, List<Match>> current = Map.of();

    ExportMatches(MatchService matches, long documentId, String locale, Pages pages, int pageSize) {
        this.matches = matches;
        this.documentId = documentId;
        this.locale = locale;
        this.pages = pages;
        this.pageSize = pageSize;
    }

    /** The page of rows after the position, its untranslated segments' matches looked up. */
    List<ExportRow> page(int after) {
        List<ExportRow> read = pages.after(after, pageSize + 1);
        List<ExportRow> page = read.size() > pageSize ? read.subList(0, pageSize) : read;
        List<MatchService.Lookup> lookups = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            ExportRow row = page.get(i);
            if (untranslated(row)) {
                lookups.add(new MatchService.Lookup(
                        row.segmentId(),
                        row.source(),
                        i == 0 ? previousSource : page.get(i - 1).source(),
                        i + 1 < read.size() ? read.get(i + 1).source() : ""));
            }
        }
        if (!page.isEmpty()) {
            previousSource = page.getLast().source();
        }
        current = lookups.isEmpty() ? Map.of() : matches.matches(documentId, locale, lookups, LIMIT, THRESHOLD);
        return page;
    }

    /** The matches of a row of the current page (none for a translated one). */
    List<MemoryMatch> of(ExportRow row) {
        List<Match> found = current.get(row.segmentId());
        if (found == null) {
            return List.of();
        }
        // The unit's own target, not the one with the segment's numbers put in: an alternative translation goes
        // with the source it translates, which the file carries beside it.
        return found.stream()
                .map(m -> new MemoryMatch(
                        m.source(),
                        m.target(),
                        m.score(),
                        m.kind().name().toLowerCase(java.util.Locale.ROOT),
                        m.memory().name()))
                .toList();
    }

    /** No translation, or an empty one: what a file's reader would fill from a match. */
    static boolean untranslated(ExportRow row) {
        return row.target() == null || row.target().isBlank();
    }
}
