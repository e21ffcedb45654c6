package dev.tessera.proofing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectSettingsSection;
import dev.tessera.qa.Proofreader;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import java.util.List;

/**
 * The project settings page's dictionaries: per target locale, the words the spelling check accepts, each with a
 * remove button, and a field to add one. A change proofreads the project's targets holding the word again.
 */
@org.springframework.stereotype.Component
class DictionarySection implements ProjectSettingsSection {

    private final DictionaryService dictionary;
    private final Proofreader proofreader;

    DictionarySection(DictionaryService dictionary, Proofreader proofreader) {
        this.dictionary = dictionary;
        this.proofreader = proofreader;
    }

    @Override
    public Component section(ProjectInfo project) {
        Div section = new Div(
                new H3(I18NProvider.translate("proofing.dictionary-section.heading")),
                new Paragraph(I18NProvider.translate("proofing.dictionary-section.help")));
        section.setId("settings-dictionary");
        section.addClassName("settings-section");
        section.setWidthFull();
        for (String locale : project.targetLocales()) {
            Div words = new Div();
            words.addClassName("dictionary-locale");
            words.getElement().setAttribute("data-locale", locale);
            showWords(words, project, locale);
            section.add(words);
        }
        return section;
    }

    private void showWords(Div shown, ProjectInfo project, String locale) {
        shown.removeAll();
        shown.add(new H4(locale));
        if (!proofreader.covers(locale)) {
            shown.add(new Paragraph(I18NProvider.translate("proofing.dictionary-section.not-checked", locale)));
        }
        List<String> words;
        try {
            words = dictionary.words(project.slug(), locale);
        } catch (ApiException e) {
            refused(e);
            return;
        }
        Div list = new Div();
        list.addClassName("dictionary-words");
        if (words.isEmpty()) {
            list.add(new Span(I18NProvider.translate("proofing.dictionary-section.empty")));
        }
        for (String word : words) {
            Span entry = new Span(word);
            entry.addClassName("dictionary-word");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                if (change(
                        () -> dictionary.remove(project.slug(), locale, word),
                        I18NProvider.translate("proofing.dictionary-section.removed", word, locale))) {
                    showWords(shown, project, locale);
                }
            });
            remove.addClassName("dictionary-remove");
            remove.getElement().setAttribute("data-word", word);
            remove.setAriaLabel(I18NProvider.translate("proofing.dictionary-section.remove", word));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            entry.add(remove);
            list.add(entry);
        }
        TextField word = new TextField();
        word.addClassName("dictionary-new-word");
        word.setAriaLabel(I18NProvider.translate("proofing.dictionary-section.new-word", locale));
        word.setPlaceholder(I18NProvider.translate("proofing.dictionary-section.new-word", locale));
        Button add = new Button(I18NProvider.translate("common.add"), VaadinIcon.PLUS.create(), e -> {
            String typed = word.getValue().strip();
            if (change(
                    () -> dictionary.add(project.slug(), locale, typed),
                    I18NProvider.translate("proofing.dictionary-section.added", typed, locale))) {
                showWords(shown, project, locale);
            }
        });
        add.addClassName("dictionary-add");
        HorizontalLayout addRow = new HorizontalLayout(word, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        shown.add(list, addRow);
    }

    /** Runs a change of the dictionary and says it is done; false when it was refused. */
    private static boolean change(Runnable action, String done) {
        try {
            action.run();
        } catch (ApiException e) {
            refused(e);
            return false;
        }
        Notification.show(done, 3000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return true;
    }

    private static void refused(ApiException e) {
        Notification.show(Problems.text(e), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
