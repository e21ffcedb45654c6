package dev.tessera.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import dev.tessera.project.ProjectInfo;
import dev.tessera.qa.Severity;
import dev.tessera.shared.ApiException;
import dev.tessera.translation.quality.LanguageCheckStatus;
import dev.tessera.translation.quality.QaSettingsService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A manager sets how much each QA check matters in a project: an ERROR blocks approval, a WARNING informs, OFF does
 * not run it; a note says which target locales the language checks cannot cover and what still waits for them.
 */
class QaSettingsDialog extends Dialog {

    QaSettingsDialog(
            QaSettingsService settings, LanguageCheckStatus languageChecks, ProjectInfo project, Runnable onSaved) {
        setHeaderTitle(getTranslation("dashboard.qa-settings-dialog.title", project.name()));
        setId("qa-settings-dialog");
        add(new Paragraph(getTranslation("dashboard.qa-settings-dialog.explanation")));
        add(languageNote(languageChecks.coverage(project)));
        FormLayout form = new FormLayout();
        Map<String, Select<Severity>> fields = new LinkedHashMap<>();
        settings.severities(project.id()).forEach((check, severity) -> {
            Select<Severity> select = new Select<>();
            select.setItems(Severity.values());
            select.setItemLabelGenerator(s -> getTranslation(
                    "dashboard.qa-settings-dialog.severity." + s.name().toLowerCase(Locale.ROOT)));
            select.setValue(severity);
            select.getElement().setAttribute("data-check", check);
            fields.put(check, select);
            form.addFormItem(select, check);
        });
        add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            Map<String, String> changes = new LinkedHashMap<>();
            fields.forEach(
                    (check, select) -> changes.put(check, select.getValue().name()));
            try {
                settings.update(project.id(), changes);
                close();
                onSaved.run();
            } catch (ApiException ex) {
                Notification.show(ex.getMessage(), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("save-qa-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** Which target locales the language checks cannot cover, and how many targets wait for them in the others. */
    private Paragraph languageNote(Map<String, LanguageCheckStatus.Coverage> coverage) {
        List<String> lines = new ArrayList<>();
        List<String> uncovered = coverage.entrySet().stream()
                .filter(e -> !e.getValue().available())
                .map(Map.Entry::getKey)
                .toList();
        if (!uncovered.isEmpty()) {
            lines.add(getTranslation(
                    "dashboard.qa-settings-dialog.languages-not-available", String.join(", ", uncovered)));
        }
        coverage.forEach((locale, covered) -> {
            if (covered.waiting() > 0) {
                lines.add(getTranslation("dashboard.qa-settings-dialog.languages-waiting", covered.waiting(), locale));
            }
        });
        Paragraph note = new Paragraph(String.join(" ", lines));
        note.setId("qa-language-coverage");
        note.getElement().setAttribute("data-unavailable", String.join(",", uncovered));
        note.setVisible(!lines.isEmpty());
        return note;
    }
}
