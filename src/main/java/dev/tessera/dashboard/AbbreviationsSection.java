package dev.tessera.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.tessera.project.ProjectAdministration;
import dev.tessera.project.ProjectChange;
import dev.tessera.project.ProjectInfo;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * The project's own abbreviations of its source language, one per line: the segmenter never ends a sentence after
 * them in the documents imported next. A join in the editor offers to add the one it undid.
 */
class AbbreviationsSection extends Div {

    /** @param change runs a change of the project and says it is done with the text given */
    AbbreviationsSection(
            ProjectAdministration administration, ProjectInfo project, BiConsumer<Runnable, String> change) {
        setWidthFull();
        addClassName("settings-section");
        TextArea list = new TextArea(getTranslation("dashboard.abbreviations-section.label"));
        list.setId("settings-abbreviations");
        list.setWidth("24em");
        list.setValue(String.join("\n", project.abbreviations()));
        Button save = new Button(
                getTranslation("common.save"),
                e -> change.accept(
                        () -> administration.update(
                                project.slug(),
                                ProjectChange.abbreviations(
                                        Arrays.stream(list.getValue().split("\\R"))
                                                .map(String::strip)
                                                .filter(line -> !line.isEmpty())
                                                .toList())),
                        getTranslation("dashboard.abbreviations-section.saved")));
        save.setId("settings-save-abbreviations");
        add(
                new H3(getTranslation("dashboard.abbreviations-section.heading")),
                new Paragraph(getTranslation("dashboard.abbreviations-section.help", project.sourceLocale())),
                list,
                new Div(save));
    }
}
