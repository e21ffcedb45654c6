package dev.tessera.translation.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.Page;
import java.util.List;

/** The editor's keyboard shortcuts (F1, or ? outside a text field). */
class ShortcutsDialog extends Dialog {

    static final String[][] SHORTCUTS = {
        {"Ctrl+Enter", "Confirm the segment (translated) and go to the next unfinished one"},
        {"Ctrl+S", "Save a draft"},
        {"Alt+↓ / Alt+↑", "Next / previous segment (unsaved text is kept as a draft)"},
        {"Ctrl+Shift+C", "Copy the source into the target"},
        {"Esc", "Discard the edit"},
        {"F1 or ?", "Show these shortcuts"}
    };

    /** Makes "?" typed outside a text field call the view's {@code showShortcuts()}. */
    static void listenForQuestionMark(Component view) {
        view.getElement().executeJs("""
                const view = this;
                if (window.__tesseraKeys) document.removeEventListener('keydown', window.__tesseraKeys);
                window.__tesseraKeys = e => {
                  const target = e.composedPath()[0];
                  const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
                  if (e.key === '?' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); view.$server.showShortcuts(); }
                };
                document.addEventListener('keydown', window.__tesseraKeys);""");
    }

    /** Stops listening for "?" when the editor goes. */
    static void stopListening(Page page) {
        page.executeJs("if (window.__tesseraKeys) { document.removeEventListener('keydown', window.__tesseraKeys);"
                + " window.__tesseraKeys = null; }");
    }

    ShortcutsDialog() {
        this(List.of());
    }

    /** The editor's shortcuts, then those the extensions' tabs serve. */
    ShortcutsDialog(List<EditorTab.Shortcut> more) {
        setHeaderTitle("Keyboard shortcuts");
        setId("shortcuts-dialog");
        Div table = new Div();
        table.addClassName("shortcut-table");
        for (String[] shortcut : SHORTCUTS) {
            row(table, shortcut[0], shortcut[1]);
        }
        for (EditorTab.Shortcut shortcut : more) {
            row(table, shortcut.keys(), shortcut.description());
        }
        add(table);
        Button close = new Button("Close", e -> close());
        getFooter().add(close);
    }

    private static void row(Div table, String keys, String description) {
        Span key = new Span(keys);
        key.addClassName("shortcut-keys");
        table.add(key, new Span(description));
    }
}
