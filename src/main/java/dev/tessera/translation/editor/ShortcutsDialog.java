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
        setHeaderTitle(getTranslation("segment.shortcuts-dialog.title"));
        setId("shortcuts-dialog");
        Div table = new Div();
        table.addClassName("shortcut-table");
        row(table, "Ctrl+Enter", getTranslation("segment.shortcuts-dialog.confirm"));
        row(table, "Ctrl+S", getTranslation("segment.shortcuts-dialog.save-draft"));
        row(table, "Alt+↓ / Alt+↑", getTranslation("segment.shortcuts-dialog.move"));
        row(table, "Ctrl+Shift+C", getTranslation("segment.shortcuts-dialog.copy-source"));
        row(table, "Esc", getTranslation("segment.shortcuts-dialog.discard"));
        row(table, "Alt+Enter", getTranslation("segment.shortcuts-dialog.apply-suggestion"));
        row(table, "Alt+J", getTranslation("segment.shortcuts-dialog.join"));
        row(table, "Alt+S", getTranslation("segment.shortcuts-dialog.split"));
        row(
                table,
                getTranslation("segment.shortcuts-dialog.help-keys"),
                getTranslation("segment.shortcuts-dialog.help"));
        for (EditorTab.Shortcut shortcut : more) {
            row(table, shortcut.keys(), shortcut.description());
        }
        add(table);
        Button close = new Button(getTranslation("common.close"), e -> close());
        getFooter().add(close);
    }

    private static void row(Div table, String keys, String description) {
        Span key = new Span(keys);
        key.addClassName("shortcut-keys");
        table.add(key, new Span(description));
    }
}
