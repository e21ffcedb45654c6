package dev.tessera.glossary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.tessera.shared.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Adds or edits a concept: definition, note, domain, do-not-translate, and its terms (a row each: locale, text,
 * status, case-sensitive, part of speech). An input the service refuses keeps the dialog open with the reason.
 */
class ConceptDialog extends Dialog {

    /** The first-use choice of a concept without the rule. */
    private static final String ANY_TERM = "ANY";

    private final TextArea definition = new TextArea(getTranslation("glossary.concept-dialog.definition"));
    private final TextArea note = new TextArea(getTranslation("glossary.concept-dialog.note"));
    private final TextField domain = new TextField(getTranslation("glossary.concept-dialog.domain"));
    private final Checkbox doNotTranslate = new Checkbox(getTranslation("glossary.concept-dialog.do-not-translate"));
    private final Select<String> firstUse = new Select<>();
    private final VerticalLayout termRows = new VerticalLayout();
    private final List<TermRow> rows = new ArrayList<>();
    private final Span error = new Span();

    ConceptDialog(ConceptView concept, Function<ConceptInput, ConceptSaved> save, Consumer<ConceptSaved> onSaved) {
        setHeaderTitle(
                concept == null
                        ? getTranslation("glossary.concept-dialog.add-title")
                        : getTranslation("glossary.concept-dialog.edit-title", GlossaryView.id(concept)));
        addClassName("concept-dialog");
        setWidth("min(60em, 95vw)");
        definition.addClassName("concept-definition");
        note.addClassName("concept-note");
        domain.addClassName("concept-domain");
        doNotTranslate.addClassName("concept-dnt");
        firstUse.setLabel(getTranslation("glossary.concept-dialog.first-use"));
        firstUse.setItems(ANY_TERM, FirstUse.EXPAND.name(), FirstUse.EXPAND_WITH_SHORT.name());
        firstUse.setItemLabelGenerator(
                value -> getTranslation("glossary.concept-dialog.first-use." + value.toLowerCase(Locale.ROOT)));
        firstUse.setValue(ANY_TERM);
        firstUse.addClassName("concept-first-use");
        FormLayout form = new FormLayout(definition, note, domain, doNotTranslate, firstUse);
        form.setColspan(definition, 2);
        termRows.setPadding(false);
        termRows.setSpacing(false);
        termRows.addClassName("term-rows");
        Button addTerm = new Button(
                getTranslation("glossary.concept-dialog.add-term"), VaadinIcon.PLUS.create(), e -> addRow(null));
        addTerm.addClassName("add-term");
        error.addClassName("concept-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(form, new H4(getTranslation("glossary.concept-dialog.terms")), termRows, addTerm, error);
        if (concept != null) {
            definition.setValue(text(concept.definition()));
            note.setValue(text(concept.note()));
            domain.setValue(text(concept.domain()));
            doNotTranslate.setValue(concept.doNotTranslate());
            firstUse.setValue(
                    concept.firstUse() == null ? ANY_TERM : concept.firstUse().name());
            concept.terms().forEach(this::addRow);
        } else {
            addRow(null);
        }
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.addClassName("cancel-concept");
        Button saveButton = new Button(getTranslation("common.save"), e -> {
            try {
                ConceptSaved saved = save.apply(input());
                close();
                onSaved.accept(saved);
            } catch (ApiException ex) {
                error.setText(ex.getMessage());
            }
        });
        saveButton.addClassName("save-concept");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, saveButton);
    }

    private ConceptInput input() {
        return new ConceptInput(
                definition.getValue(),
                note.getValue(),
                domain.getValue(),
                doNotTranslate.getValue(),
                rows.stream().map(TermRow::input).toList(),
                ANY_TERM.equals(firstUse.getValue()) ? null : firstUse.getValue());
    }

    private void addRow(TermView term) {
        TermRow row = new TermRow(term);
        row.remove.addClickListener(e -> {
            rows.remove(row);
            termRows.remove(row);
        });
        rows.add(row);
        termRows.add(row);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** One term: locale, text, status, case-sensitive (automatic until touched), part of speech, remove. */
    private static final class TermRow extends HorizontalLayout {

        private final TextField locale = new TextField();
        private final TextField text = new TextField();
        private final Select<TermStatus> status = new Select<>();
        private final Checkbox caseSensitive = new Checkbox(getTranslation("glossary.concept-dialog.case-sensitive"));
        private final TextField partOfSpeech = new TextField();
        private final Button remove = new Button(VaadinIcon.TRASH.create());
        private final String initialText;
        private final Boolean initialCase;
        private boolean caseTouched;

        TermRow(TermView term) {
            addClassName("term-row");
            setWidthFull();
            setAlignItems(Alignment.BASELINE);
            locale.setPlaceholder(getTranslation("glossary.concept-dialog.locale-placeholder"));
            locale.setWidth("7em");
            locale.addClassName("term-locale");
            text.setPlaceholder(getTranslation("glossary.concept-dialog.term-placeholder"));
            text.addClassName("term-text");
            status.setItems(TermStatus.values());
            status.setItemLabelGenerator(s -> switch (s) {
                case PREFERRED -> getTranslation("glossary.concept-dialog.status.preferred");
                case ADMITTED -> getTranslation("glossary.concept-dialog.status.admitted");
                case FORBIDDEN -> getTranslation("glossary.concept-dialog.status.forbidden");
            });
            status.setWidth("9em");
            status.addClassName("term-status");
            caseSensitive.addClassName("term-case");
            partOfSpeech.setPlaceholder(getTranslation("glossary.concept-dialog.part-of-speech-placeholder"));
            partOfSpeech.setWidth("9em");
            partOfSpeech.addClassName("term-pos");
            remove.addClassName("remove-term");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("glossary.concept-dialog.remove-term"));
            add(locale, text, status, caseSensitive, partOfSpeech, remove);
            expand(text);
            initialText = term == null ? null : term.text();
            initialCase = term == null ? null : term.caseSensitive();
            if (term != null) {
                locale.setValue(term.locale());
                text.setValue(term.text());
                status.setValue(term.status());
                caseSensitive.setValue(term.caseSensitive());
                partOfSpeech.setValue(term.partOfSpeech() == null ? "" : term.partOfSpeech());
            } else {
                status.setValue(TermStatus.PREFERRED);
            }
            text.addValueChangeListener(e -> {
                if (!caseTouched) {
                    caseSensitive.setValue(
                            e.getValue().equals(initialText) && initialCase != null
                                    ? initialCase
                                    : Term.isAcronym(e.getValue()));
                }
            });
            caseSensitive.addValueChangeListener(e -> caseTouched |= e.isFromClient());
        }

        /** The case sensitivity is sent only when set by hand or kept from the stored term; else it is automatic. */
        ConceptInput.TermInput input() {
            Boolean sensitive = caseTouched
                    ? caseSensitive.getValue()
                    : text.getValue().strip().equals(initialText) ? initialCase : null;
            return new ConceptInput.TermInput(
                    locale.getValue(),
                    text.getValue(),
                    status.getValue() == null ? null : status.getValue().name(),
                    sensitive,
                    partOfSpeech.getValue());
        }
    }
}
