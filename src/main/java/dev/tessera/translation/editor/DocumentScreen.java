package dev.tessera.translation.editor;

import dev.tessera.translation.SegmentFilter;
import java.util.function.Supplier;

/** What the editor draws again for the whole document, beyond the active segment. */
interface DocumentScreen {

    /** Reloads the grid, the active segment (unless it holds unsaved text), the article, the progress and the QA. */
    void redrawEverything();

    /** Many rows may have changed: the grid, the article and the progress are read again (the active row too). */
    void redrawRows(boolean activeToo);

    void updateProgress();

    /** The list's current filter. */
    SegmentFilter filter();

    /** The screen {@code screen} gives when it is used: for the parts built before the screen itself. */
    static DocumentScreen later(Supplier<DocumentScreen> screen) {
        return new DocumentScreen() {
            @Override
            public void redrawEverything() {
                screen.get().redrawEverything();
            }

            @Override
            public void redrawRows(boolean activeToo) {
                screen.get().redrawRows(activeToo);
            }

            @Override
            public void updateProgress() {
                screen.get().updateProgress();
            }

            @Override
            public SegmentFilter filter() {
                return screen.get().filter();
            }
        };
    }
}
