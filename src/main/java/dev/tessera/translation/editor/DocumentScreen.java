package dev.tessera.translation.editor;

import dev.tessera.translation.SegmentFilter;

/** What the editor draws again for the whole document, beyond the active segment. */
interface DocumentScreen {

    /** Reloads the grid, the active segment (unless it holds unsaved text), the article, the progress and the QA. */
    void redrawEverything();

    /** Many rows may have changed: the grid, the article and the progress are read again (the active row too). */
    void redrawRows(boolean activeToo);

    void updateProgress();

    /** The list's current filter. */
    SegmentFilter filter();
}
