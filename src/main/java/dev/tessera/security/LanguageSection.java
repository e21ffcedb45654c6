package dev.tessera.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import dev.tessera.shared.UiLanguage;

/** The language of the user's screens, kept with the user (every node, every later session). */
class LanguageSection extends VerticalLayout {

    LanguageSection(UserService users) {
        setPadding(false);
        Select<UiLanguage> language = languageSelect(getTranslation("account.language.label"));
        language.setId("ui-language");
        language.setValue(UiLanguage.of(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                users.chooseOwnUiLanguage(e.getValue());
                UiLanguageChoice.switchTo(UI.getCurrent(), e.getValue());
            }
        });
        add(new H3(getTranslation("account.language.title")), language);
    }

    /** The languages, each named in itself, so that anyone finds their own whatever the page speaks now. */
    static Select<UiLanguage> languageSelect(String label) {
        Select<UiLanguage> select = new Select<>();
        select.setLabel(label);
        select.setItems(UiLanguage.values());
        select.setItemLabelGenerator(UiLanguage::nativeName);
        return select;
    }
}
