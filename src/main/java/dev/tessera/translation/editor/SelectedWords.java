package dev.tessera.translation.editor;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/**
 * The words selected in the target editor (or elsewhere on the page), read from the browser for a review issue's
 * span: a round trip, after which {@code then} gets them (null when none could be read).
 */
final class SelectedWords {

    private SelectedWords() {}

    static void read(Component on, Consumer<String> then) {
        on.getElement()
                .executeJs("const t = document.getElementById('target-editor');"
                        + "const a = t && t.inputElement;"
                        + "return a && a.selectionEnd > a.selectionStart"
                        + " ? a.value.substring(a.selectionStart, a.selectionEnd)"
                        + " : String(window.getSelection());")
                .then(String.class, then::accept, failed -> then.accept(null));
    }
}
