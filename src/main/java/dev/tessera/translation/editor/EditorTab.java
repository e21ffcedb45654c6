package dev.tessera.translation.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.tessera.translation.SegmentRow;
import java.util.List;

/** A tab an {@link EditorExtension} adds to one open editor's segment panel. */
public interface EditorTab {

    /** A keyboard shortcut the tab serves, listed in the editor's shortcuts dialog. */
    record Shortcut(String keys, String description) {}

    String label();

    /** What the tab shows; the panel attaches it only while the tab is selected. */
    Component content();

    /** Another segment became active (or the same one was shown again). */
    void show(SegmentRow segment);

    /** Ctrl+1 (index 0) to Ctrl+5 in the target editor; answers whether this tab put something in. */
    default boolean insert(int index) {
        return false;
    }

    /** Whether the tab has a search field that Ctrl+K should focus. */
    default boolean hasSearch() {
        return false;
    }

    /** Ctrl+K: the panel has just brought the tab to the front. */
    default void focusSearch() {}

    default List<Shortcut> shortcuts() {
        return List.of();
    }

    /** The editor is on screen in this UI: the tab may start hearing changes and pushing them. */
    default void attached(UI ui) {}

    /** The editor is gone: stop hearing changes. */
    default void detached() {}
}
