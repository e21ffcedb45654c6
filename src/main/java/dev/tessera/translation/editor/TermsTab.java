package dev.tessera.translation.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.tessera.glossary.TermMention;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.translation.SegmentRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The side panel's Terms tab: the source's glossary terms with their renderings, and its inline codes, to insert. */
final class TermsTab extends Div {

    private final List<String> insertable = new ArrayList<>();
    private final Consumer<String> insert;

    /** {@code insert} puts a rendering or a code at the editor's cursor. */
    TermsTab(Consumer<String> insert) {
        this.insert = insert;
        setId("segment-terms");
        addClassName("segment-terms");
    }

    /** The rendering with this number (0 for Alt+1), in the order this tab lists them. */
    Optional<String> rendering(int index) {
        return index >= 0 && index < insertable.size() ? Optional.of(insertable.get(index)) : Optional.empty();
    }

    /** Each glossary term of the segment's source with its renderings: a click (or Alt+number) inserts one. */
    void show(SegmentRow segment, String locale) {
        removeAll();
        insertable.clear();
        showCodes(segment);
        if (segment.terms().isEmpty()) {
            add(new Span(getTranslation("segment.terms-tab.no-terms", segment.position())));
            return;
        }
        Set<Long> shown = new HashSet<>();
        for (TermMention term : segment.terms()) {
            if (!shown.add(term.conceptId())) {
                continue;
            }
            Div entry = new Div();
            entry.addClassName("term-entry");
            entry.getElement().setAttribute("data-concept", String.valueOf(term.conceptId()));
            Span name = new Span(term.text());
            name.addClassName("term-source");
            entry.add(name);
            if (term.renderings().isEmpty()) {
                entry.add(SegmentPanel.meta(" " + getTranslation("segment.terms-tab.no-rendering")));
            }
            for (String rendering : term.renderings()) {
                insertable.add(rendering);
                int number = insertable.size();
                Button button = new Button(rendering, e -> insert.accept(rendering));
                button.addClassName("term-rendering");
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                button.getElement().setAttribute("lang", locale);
                button.getElement().setAttribute("data-rendering", rendering);
                if (number <= 9) {
                    button.getElement()
                            .setAttribute("title", getTranslation("segment.terms-tab.insert-rendering", number));
                    button.setSuffixComponent(SegmentPanel.meta("Alt+" + number));
                }
                entry.add(button);
            }
            for (String forbidden : term.forbidden()) {
                Span struck = new Span(forbidden);
                struck.addClassName("term-forbidden");
                struck.getElement().setAttribute("lang", locale);
                struck.getElement().setAttribute("title", getTranslation("segment.terms-tab.forbidden"));
                entry.add(struck);
            }
            add(entry);
        }
    }

    /** The source's inline codes as tags; a click puts one at the cursor, so that the target carries them all. */
    private void showCodes(SegmentRow segment) {
        Set<Character> seen = new LinkedHashSet<>();
        for (char c : segment.source().toCharArray()) {
            if (CodeMarkers.isMarker(c)) {
                seen.add(c);
            }
        }
        if (seen.isEmpty()) {
            return;
        }
        Div entry = new Div();
        entry.setId("segment-codes");
        entry.addClassName("term-entry");
        entry.add(SegmentPanel.meta(getTranslation("segment.terms-tab.inline-codes") + " "));
        for (char marker : seen) {
            String tag = CodeMarkers.tag(marker);
            Button button = new Button(tag, e -> insert.accept(tag));
            button.addClassName("code-tag");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement()
                    .setAttribute(
                            "title",
                            CodeTags.describe(marker, segment.codes()) + " · "
                                    + getTranslation("segment.terms-tab.insert-code"));
            entry.add(button);
        }
        add(entry);
    }
}
