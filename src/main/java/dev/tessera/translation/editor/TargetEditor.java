package dev.tessera.translation.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.translation.SegmentRow;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The text area of the active segment: built in its row each time a segment becomes active, showing inline codes
 * as tags ({@code <1>}, {@code </1>}, {@code <2/>}) with a legend of what they are, locked where the person may not
 * write, and turning the editor's keys into {@link Keys} calls.
 */
final class TargetEditor {

    /**
     * The keys the target editor handles (Ctrl may be Cmd): confirm, draft, move, copy source, discard, Enter, and the
     * numbered insertions.
     */
    private static final String EDITOR_KEYS = "event.key === 'Enter'"
            + " || ((event.ctrlKey || event.metaKey) && ['s', 'S'].includes(event.key) && !event.shiftKey)"
            + " || ((event.ctrlKey || event.metaKey) && event.shiftKey && ['c', 'C'].includes(event.key))"
            + " || (event.altKey && ['ArrowDown', 'ArrowUp'].includes(event.key))"
            + " || (event.altKey && !event.ctrlKey && !event.metaKey && /^Digit[1-9]$/.test(event.code))"
            + " || ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && /^Digit[1-5]$/.test(event.code))"
            + " || (event.altKey && !event.ctrlKey && !event.metaKey && ['KeyJ', 'KeyS'].includes(event.code))"
            + " || event.key === 'Escape'";

    /**
     * What the editor's keys do; Alt+n inserts the n-th term rendering, Ctrl+n puts in the n-th memory match,
     * Alt+Enter applies a language finding's suggestion near the caret (an offset in the editor's text).
     */
    record Keys(
            Runnable confirm,
            Runnable saveDraft,
            IntConsumer move,
            Runnable copySource,
            Runnable discard,
            IntConsumer insertRendering,
            IntConsumer insertMatch,
            Runnable join,
            Runnable split,
            IntConsumer applySuggestion) {}

    private final String locale;
    private final String dir;
    private final EditorSession session;
    private final Keys keys;
    private @Nullable TextArea area;
    private @Nullable LanguageStrip strip;
    private LanguageStrip.@Nullable Actions languageActions;
    private boolean focusNext;

    TargetEditor(EditorContext context, EditorSession session, Keys keys) {
        this.locale = context.locale();
        this.dir = context.dir();
        this.session = session;
        this.keys = keys;
    }

    /** What the marks of language findings under the editor do. */
    void languageActions(LanguageStrip.Actions actions) {
        languageActions = actions;
    }

    /** The next editor built takes the focus. */
    void focusNext(boolean focus) {
        focusNext = focus;
    }

    /**
     * Builds the editor for the active row, with the strip of its language findings under it, then a legend of the
     * source's code tags when it has some; {@code typed} hears every change the person makes.
     */
    Component build(SegmentRow row, List<String> others, Consumer<String> typed) {
        TextArea editor = new TextArea();
        editor.setId("target-editor");
        editor.addClassName("target-editor");
        editor.setWidthFull();
        editor.setValue(CodeMarkers.toTags(session.pending()));
        editor.setValueChangeMode(ValueChangeMode.EAGER);
        editor.getElement().setAttribute("lang", locale);
        editor.getElement().setAttribute("dir", dir);
        editor.getElement().setAttribute("data-position", String.valueOf(row.position()));
        editor.setAriaLabel(I18NProvider.translate("segment.target-editor.aria-label", row.position()));
        boolean locked = session.isLocked(row);
        editor.setReadOnly(locked);
        editor.getElement().setAttribute("data-editing", String.join(", ", others));
        if (locked) {
            editor.setHelperText(
                    session.standing().writes()
                            ? I18NProvider.translate("segment.target-editor.approved")
                            : I18NProvider.translate("segment.target-editor.read-only", locale));
        } else if (!others.isEmpty()) {
            editor.setHelperText(alsoEditing(others));
        }
        editor.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed.accept(CodeMarkers.fromTags(e.getValue(), row.source()));
            }
        });
        // One keydown listener for all the editor's keys (cheaper to set up than a shortcut registration each, which
        // matters because the editor is built anew for every active segment). A plain Enter only loses its default:
        // a line break always ends a segment, so a target is one line.
        editor.getElement()
                .addEventListener("keydown", this::onKey)
                .setFilter(EDITOR_KEYS)
                .addEventData("event.key")
                .addEventData("event.code")
                .addEventData("event.ctrlKey")
                .addEventData("event.metaKey")
                .addEventData("event.altKey")
                .addEventData("event.shiftKey")
                .addEventData("element.inputElement.selectionStart")
                .addEventData("event.preventDefault()");
        if (focusNext) {
            focusNext = false;
            editor.focus();
        }
        area = editor;
        strip = new LanguageStrip(languageActions, locale, dir);
        Div cell = new Div(editor, strip);
        if (CodeMarkers.hasMarkers(row.source())) {
            cell.add(CodeTags.legend(row.source(), row.codes()));
        }
        cell.addClassName("target-editor-cell");
        return cell;
    }

    /** The language findings' strip under the editor last built. */
    @Nullable
    LanguageStrip languageStrip() {
        return strip;
    }

    private void onKey(DomEvent event) {
        var data = event.getEventData();
        String key = data.get("event.key").asString();
        String code = data.get("event.code").asString();
        boolean ctrl = data.get("event.ctrlKey").asBoolean()
                || data.get("event.metaKey").asBoolean();
        boolean alt = data.get("event.altKey").asBoolean();
        boolean shift = data.get("event.shiftKey").asBoolean();
        if (alt && !ctrl && "Enter".equals(key)) {
            keys.applySuggestion()
                    .accept(data.get("element.inputElement.selectionStart").asInt());
        } else if (alt && code != null && code.matches("Digit[1-9]")) {
            keys.insertRendering().accept(code.charAt(5) - '1');
        } else if (ctrl && !alt && code != null && code.matches("Digit[1-5]")) {
            keys.insertMatch().accept(code.charAt(5) - '1');
        } else if (ctrl && "Enter".equals(key)) {
            keys.confirm().run();
        } else if (ctrl && shift && "c".equalsIgnoreCase(key)) {
            keys.copySource().run();
        } else if (ctrl && "s".equalsIgnoreCase(key)) {
            keys.saveDraft().run();
        } else if (alt && "ArrowDown".equals(key)) {
            keys.move().accept(1);
        } else if (alt && "ArrowUp".equals(key)) {
            keys.move().accept(-1);
        } else if (alt && !ctrl && "KeyJ".equals(code)) {
            keys.join().run();
        } else if (alt && !ctrl && "KeyS".equals(code)) {
            keys.split().run();
        } else if ("Escape".equals(key)) {
            keys.discard().run();
        }
    }

    /** Puts the text in place of the editor's selection (at the cursor), as if typed, and keeps the focus there. */
    void insertAtCursor(String text) {
        replace(null, -1, -1, text);
    }

    /**
     * Puts the text in place of the editor's {@code start}..{@code end} as if typed, provided the editor still holds
     * {@code expected}, and leaves the cursor after it.
     */
    void replaceRange(String expected, int start, int end, String text) {
        replace(expected, start, end, text);
    }

    /** Replaces a range (the selection where {@code start} is negative) unless the editor no longer holds expected. */
    private void replace(@Nullable String expected, int start, int end, String text) {
        if (area == null || area.isReadOnly()) {
            return;
        }
        area.getElement()
                .executeJs(
                        "const ta = this.inputElement; if ($0 !== null && ta.value !== $0) return; ta.focus();"
                                + " const from = $1 < 0 ? ta.selectionStart : $1, to = $1 < 0 ? ta.selectionEnd : $2;"
                                + " ta.setRangeText($3, from, to, 'end');"
                                + " ta.dispatchEvent(new Event('input', {bubbles: true}));",
                        expected,
                        start,
                        end,
                        text);
    }

    /** Who else has the active segment open, shown under the editor. */
    void showOthers(List<String> others) {
        if (area != null) {
            area.getElement().setAttribute("data-editing", String.join(", ", others));
            area.setHelperText(others.isEmpty() ? null : alsoEditing(others));
        }
    }

    /** How many findings the text has now (for tests and styles). */
    void showFindingCount(int count) {
        if (area != null) {
            area.getElement().setAttribute("data-qa", String.valueOf(count));
        }
    }

    /**
     * Asks the browser whether the editor has the focus, then runs the redraw (which builds a new editor) with the
     * answer, so that a person reading or typing elsewhere keeps their focus.
     */
    void withFocus(Consumer<Boolean> redraw) {
        if (area == null || !area.isAttached()) {
            redraw.accept(false);
            return;
        }
        area.getElement()
                .executeJs("return this.hasAttribute('focused')")
                .then(
                        Boolean.class,
                        focused -> redraw.accept(Boolean.TRUE.equals(focused)),
                        error -> redraw.accept(false));
    }

    private static String alsoEditing(List<String> others) {
        return I18NProvider.translate("segment.target-editor.also-editing", String.join(", ", others));
    }
}
