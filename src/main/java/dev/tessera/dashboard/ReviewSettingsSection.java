package dev.tessera.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import dev.tessera.project.ProjectAdministration;
import dev.tessera.project.ProjectChange;
import dev.tessera.project.ProjectInfo;
import java.util.function.BiConsumer;

/**
 * How a project reviews: whether an APPROVED segment awaits a second reviewer's sign-off, and the MQM penalty points
 * per 1,000 words a document may have and pass.
 */
class ReviewSettingsSection extends Div {

    /** @param change runs a change of the project and says it is done with the text given */
    ReviewSettingsSection(
            ProjectAdministration administration, ProjectInfo project, BiConsumer<Runnable, String> change) {
        setWidthFull();
        addClassName("settings-section");
        Checkbox secondReview =
                new Checkbox(getTranslation("dashboard.review-settings-section.second-review"), project.secondReview());
        secondReview.setId("settings-second-review");
        BigDecimalField threshold = new BigDecimalField(getTranslation("dashboard.review-settings-section.threshold"));
        threshold.setId("settings-quality-threshold");
        threshold.setValue(project.qualityThreshold());
        threshold.setHelperText(getTranslation("dashboard.review-settings-section.threshold-help"));
        Button save = new Button(
                getTranslation("common.save"),
                e -> change.accept(
                        () -> administration.update(
                                project.slug(),
                                new ProjectChange(null, null, null, threshold.getValue(), secondReview.getValue())),
                        getTranslation("dashboard.review-settings-section.saved")));
        save.setId("settings-save-review");
        add(
                new H3(getTranslation("dashboard.review-settings-section.heading")),
                new Paragraph(getTranslation("dashboard.review-settings-section.help")),
                secondReview,
                threshold,
                new Div(save));
    }
}
