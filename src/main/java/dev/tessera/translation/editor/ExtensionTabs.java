package dev.tessera.translation.editor;

import com.vaadin.flow.component.tabs.Tab;
import dev.tessera.translation.SegmentRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** The tabs other features add to the segment panel ({@link EditorExtension}), and the keys they serve. */
final class ExtensionTabs {

    private record Added(EditorTab tab, Tab header) {}

    private final SegmentPanel panel;
    private final List<Added> added = new ArrayList<>();

    ExtensionTabs(
            SegmentPanel panel, EditorContext context, Predicate<String> replaceTarget, BooleanSupplier openFindings) {
        this.panel = panel;
        for (EditorExtension extension : context.services().extensions()) {
            Tab[] header = new Tab[1];
            EditorTab tab = extension.open(new EditorTabContext(
                    context.document(),
                    context.locale(),
                    replaceTarget,
                    openFindings,
                    () -> panel.bringToFront(header[0])));
            header[0] = panel.add(tab.label(), tab.content());
            added.add(new Added(tab, header[0]));
        }
        panel.addAttachListener(e -> added.forEach(a -> a.tab().attached(e.getUI())));
        panel.addDetachListener(e -> added.forEach(a -> a.tab().detached()));
    }

    void show(SegmentRow segment) {
        added.forEach(a -> a.tab().show(segment));
    }

    /** Ctrl+1…5: the first tab that has something with that number puts it in. */
    void insert(int index) {
        for (Added a : added) {
            if (a.tab().insert(index)) {
                return;
            }
        }
    }

    /** Ctrl+K: brings the first tab with a search field to the front and focuses the field. */
    void focusSearch() {
        added.stream().filter(a -> a.tab().hasSearch()).findFirst().ifPresent(a -> {
            panel.setSelectedTab(a.header());
            a.tab().focusSearch();
        });
    }

    /** Whether one of these tabs is in front. */
    boolean inFront() {
        return added.stream().anyMatch(a -> a.header().equals(panel.getSelectedTab()));
    }

    List<EditorTab.Shortcut> shortcuts() {
        return added.stream().flatMap(a -> a.tab().shortcuts().stream()).toList();
    }
}
