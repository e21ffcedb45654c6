package dev.tessera.translation.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.tessera.project.CodeLabel;
import dev.tessera.translation.editor.LanguageMarks.Mark;
import dev.tessera.translation.quality.FindingTexts;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The strip right under the active segment's editor: the saved target with each language finding's span underlined
 * (titled with its message), or that the checks are still running, or nothing while the editor holds other text. A
 * click on a mark offers its suggestions (one click applies) and, for a spelling finding, the project dictionary.
 */
final class LanguageStrip extends Div {

    /** What the strip's buttons do. */
    record Actions(BiConsumer<Mark, String> apply, Consumer<Mark> addWord) {}

    private static final int MAX_SUGGESTIONS = 5;

    private final Actions actions;
    private final Div text = new Div();
    private final Div offer = new Div();
    /** What is drawn, so that an unchanged state is not drawn again on every keystroke. */
    private Object drawn;

    LanguageStrip(Actions actions, String locale, String dir) {
        this.actions = actions;
        setId("proofing-marks");
        addClassName("proofing-marks");
        text.addClassName("lang-text");
        text.getElement().setAttribute("lang", locale);
        text.getElement().setAttribute("dir", dir);
        offer.addClassName("lang-offer");
        add(text, offer);
        showNothing();
    }

    /** The editor holds text the findings were not made for, or there is nothing to check. */
    void showNothing() {
        draw("none", () -> {});
    }

    /** The saved text waits for its language checks. */
    void showChecking() {
        draw("checking", () -> {
            Span checking = new Span(getTranslation("editor.language-strip.checking"));
            checking.addClassName("lang-checking");
            text.add(checking);
        });
    }

    /** The saved target with its marks; {@code mayAddWords}: the person may add words to the dictionary. */
    void showMarks(String target, List<Mark> marks, List<CodeLabel> codes, boolean mayAddWords) {
        if (marks.isEmpty()) {
            showNothing();
            return;
        }
        draw(List.of(target, marks, mayAddWords), () -> {
            int at = 0;
            for (Mark mark : marks) {
                MarkedText.add(text, target.substring(at, mark.start()), codes);
                Span span = new Span();
                MarkedText.add(span, target.substring(mark.start(), mark.end()), codes);
                span.addClassNames("lang-mark", "lang-" + mark.check().substring("lang.".length()));
                span.setTitle(FindingTexts.text(mark.finding()));
                span.getElement().setAttribute("data-check", mark.check());
                span.addClickListener(e -> offer(target, mark, mayAddWords));
                text.add(span);
                at = mark.end();
            }
            MarkedText.add(text, target.substring(at), codes);
        });
    }

    private void draw(Object state, Runnable content) {
        if (Objects.equals(state, drawn)) {
            return;
        }
        drawn = state;
        text.removeAll();
        offer.removeAll();
        content.run();
        getElement().setAttribute("data-state", state instanceof String named ? named : "marks");
        // Hidden by the attribute, not setVisible(false): Vaadin would then stop sending the strip's state.
        getElement().setAttribute("hidden", "none".equals(state));
    }

    /** The mark's message, its suggestions and the dictionary, under the text. */
    private void offer(String target, Mark mark, boolean mayAddWords) {
        offer.removeAll();
        Span message = new Span(FindingTexts.text(mark.finding()));
        message.addClassName("lang-message");
        offer.add(message);
        for (String suggestion :
                mark.suggestions().stream().limit(MAX_SUGGESTIONS).toList()) {
            Button apply = new Button(suggestion, e -> actions.apply().accept(mark, suggestion));
            apply.addClassName("lang-suggestion");
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL);
            offer.add(apply);
        }
        if (mayAddWords && mark.check().equals("lang.spelling")) {
            String word = target.substring(mark.span().start(), mark.span().end());
            Button add = new Button(
                    getTranslation("editor.language-strip.add-word", word),
                    e -> actions.addWord().accept(mark));
            add.addClassName("lang-add-word");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            offer.add(add);
        }
    }
}
