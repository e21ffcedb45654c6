package dev.tessera.translation.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.tessera.translation.review.IssueCategory;
import dev.tessera.translation.review.IssueRequest;
import dev.tessera.translation.review.IssueSeverity;
import java.util.Optional;

/**
 * The typed quality issue of a review: its MQM category, its severity, and the words of the target it concerns
 * (found in the target; left empty, the issue concerns the whole segment).
 */
class IssueFields extends Div {

    private final Select<IssueCategory> category = new Select<>();
    private final RadioButtonGroup<IssueSeverity> severity = new RadioButtonGroup<>();
    private final TextField span = new TextField();
    private final String target;

    /** @param selected the words selected in the target when the dialog opened, if any */
    IssueFields(String target, String selected) {
        this.target = target == null ? "" : target;
        addClassName("issue-fields");
        category.setId("issue-category");
        category.setLabel(getTranslation("review.issue.category"));
        category.setItems(IssueCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation("review.category." + c.name()));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("review.issue.no-category"));
        severity.setId("issue-severity");
        severity.setLabel(getTranslation("review.issue.severity"));
        severity.setItems(IssueSeverity.values());
        severity.setItemLabelGenerator(s -> getTranslation("review.severity." + s.name(), s.points()));
        severity.setValue(IssueSeverity.MAJOR);
        span.setId("issue-span");
        span.setLabel(getTranslation("review.issue.span"));
        span.setHelperText(getTranslation("review.issue.span-help"));
        span.setWidthFull();
        if (selected != null && this.target.contains(selected)) {
            span.setValue(selected);
        }
        add(category, severity, span);
    }

    /** Makes the category required (an issue filed alone must have one). */
    void requireCategory() {
        category.setEmptySelectionAllowed(false);
        category.setRequiredIndicatorVisible(true);
    }

    /** Whether what was chosen and typed can be filed; marks the field that cannot. */
    boolean check() {
        if (category.getValue() == null && category.isRequiredIndicatorVisible()) {
            category.setInvalid(true);
            category.setErrorMessage(getTranslation("review.issue.category-required"));
            return false;
        }
        if (category.getValue() != null && spanStart() < 0) {
            span.setInvalid(true);
            span.setErrorMessage(getTranslation("review.issue.span-not-found"));
            return false;
        }
        return true;
    }

    /** The issue to file, once {@link #check} passed; empty when no category is chosen. */
    Optional<IssueRequest> issue(String comment, Integer version) {
        if (category.getValue() == null) {
            return Optional.empty();
        }
        String words = span.getValue().strip();
        Integer start = words.isEmpty() ? null : spanStart();
        Integer end = words.isEmpty() ? null : start + words.length();
        return Optional.of(new IssueRequest(category.getValue(), severity.getValue(), start, end, comment, version));
    }

    /** Where the words concerned start in the target: 0 for none (the whole segment), -1 when not found. */
    private int spanStart() {
        String words = span.getValue().strip();
        return words.isEmpty() ? 0 : target.indexOf(words);
    }
}
