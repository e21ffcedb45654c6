package dev.tessera.translation.editor;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.tessera.translation.QaFilter;
import dev.tessera.translation.SegmentFilter;
import dev.tessera.translation.TranslationStatus;
import java.util.List;

/**
 * The editor's filters: statuses, text, who last changed the translation, and QA state. Together they make the
 * reviewer's queue: TRANSLATED, by one translator, with or without QA issues.
 */
class SegmentFilters extends HorizontalLayout {

    private final MultiSelectComboBox<TranslationStatus> status = new MultiSelectComboBox<>();
    private final TextField text = new TextField();
    private final ComboBox<String> translator = new ComboBox<>();
    private final Select<QaFilter> qa = new Select<>();
    private final Runnable listener;
    private boolean clearing;

    SegmentFilters(Runnable onChange) {
        this.listener = onChange;
        setAlignItems(Alignment.CENTER);
        setSpacing(true);
        setWrap(true);
        status.setId("status-filter");
        status.setPlaceholder(getTranslation("segment.filters.all-statuses"));
        status.setClearButtonVisible(true);
        status.setWidth("11em");
        status.setItems(TranslationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.addValueChangeListener(e -> changed());
        text.setId("text-filter");
        text.setPlaceholder(getTranslation("segment.filters.text"));
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("13em");
        text.addValueChangeListener(e -> changed());
        translator.setId("translator-filter");
        translator.setPlaceholder(getTranslation("segment.filters.anyone"));
        translator.setClearButtonVisible(true);
        translator.setWidth("9em");
        translator.setAriaLabel(getTranslation("segment.filters.last-changed-by"));
        translator.addValueChangeListener(e -> changed());
        qa.setId("qa-filter");
        qa.setItems(QaFilter.values());
        qa.setItemLabelGenerator(this::qaLabel);
        qa.setValue(QaFilter.ANY);
        qa.setWidth("10em");
        qa.setAriaLabel(getTranslation("segment.filters.qa"));
        qa.addValueChangeListener(e -> changed());
        add(status, text, translator, qa);
    }

    SegmentFilter value() {
        return new SegmentFilter(status.getValue(), text.getValue(), translator.getValue(), qa.getValue());
    }

    void setTranslators(List<String> usernames) {
        String chosen = translator.getValue();
        translator.setItems(usernames);
        if (chosen != null && usernames.contains(chosen)) {
            translator.setValue(chosen);
        }
    }

    /** Clears every filter, telling the listener once. */
    void clear() {
        clearing = true;
        try {
            status.clear();
            text.clear();
            translator.clear();
            qa.setValue(QaFilter.ANY);
        } finally {
            clearing = false;
        }
        listener.run();
    }

    private String qaLabel(QaFilter filter) {
        return switch (filter) {
            case ANY -> getTranslation("segment.filters.qa-any");
            case ERRORS -> getTranslation("segment.filters.qa-errors");
            case WARNINGS -> getTranslation("segment.filters.qa-warnings");
            case ISSUES -> getTranslation("segment.filters.qa-issues");
            case CLEAN -> getTranslation("segment.filters.qa-clean");
        };
    }

    private void changed() {
        if (!clearing) {
            listener.run();
        }
    }
}
