package dev.tessera.translation.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Route;
import dev.tessera.project.ManagedProjectView;
import dev.tessera.project.ProjectAccess;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.DatePickerTexts;
import dev.tessera.shared.Problems;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Each translator's review quality in a project over a range of days, for its managers: the words they handed in,
 * the issues reviewers filed on their work, and the MQM score against the project's threshold.
 */
@Route("projects/:slug/quality")
@PermitAll
class TranslatorQualityView extends ManagedProjectView {

    /** The Select's value for every locale. */
    private static final String EVERY_LOCALE = "";

    private final TranslatorQuality quality;
    private final Clock clock;
    private final Grid<TranslatorQuality.Score> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    TranslatorQualityView(TranslatorQuality quality, ProjectService projects, ProjectAccess access, Clock clock) {
        super(projects, access, I18NProvider.translate("review.translator-quality-view.page-name"));
        this.quality = quality;
        this.clock = clock;
        addClassName("translator-quality-view");
    }

    @Override
    protected String titleOf(ProjectInfo project) {
        return getTranslation("review.translator-quality-view.title", project.name());
    }

    @Override
    protected Paragraph denial(ProjectInfo project) {
        return denied("translator-quality-denied", getTranslation("review.translator-quality-view.denied"));
    }

    @Override
    protected void addContent(ProjectInfo project) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        DatePicker from = datePicker("quality-from", "review.translator-quality-view.from", today.minusDays(29));
        DatePicker to = datePicker("quality-to", "review.translator-quality-view.to", today);
        Select<String> locale = new Select<>();
        locale.setId("quality-locale");
        locale.setLabel(getTranslation("review.translator-quality-view.locale"));
        List<String> locales = new ArrayList<>(List.of(EVERY_LOCALE));
        locales.addAll(project.targetLocales());
        locale.setItems(locales);
        locale.setItemLabelGenerator(
                l -> l.isEmpty() ? getTranslation("review.translator-quality-view.every-locale") : l);
        locale.setValue(EVERY_LOCALE);
        Button show = new Button(
                getTranslation("review.translator-quality-view.show"),
                e -> show(project, locale.getValue(), from.getValue(), to.getValue()));
        show.setId("quality-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(from, to, locale, show);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        grid.setId("translator-quality");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> s.translator() == null
                        ? getTranslation("review.translator-quality-view.unknown")
                        : s.translator())
                .setHeader(getTranslation("review.translator-quality-view.translator"));
        grid.addColumn(s -> getTranslation("review.translator-quality-view.number", s.words()))
                .setHeader(getTranslation("review.translator-quality-view.words"));
        grid.addColumn(s -> getTranslation("review.translator-quality-view.number", s.issues()))
                .setHeader(getTranslation("review.translator-quality-view.issues"));
        grid.addColumn(s -> getTranslation("review.translator-quality-view.number", s.points()))
                .setHeader(getTranslation("review.translator-quality-view.points"));
        grid.addColumn(s -> getTranslation("review.translator-quality-view.score", s.score()))
                .setHeader(getTranslation("review.translator-quality-view.score-header"));
        grid.addColumn(s -> getTranslation("review.translator-quality-view.verdict", s.passed() ? "passed" : "failed"))
                .setHeader(getTranslation("review.translator-quality-view.verdict-header"));
        summary.setId("translator-quality-summary");
        add(new Paragraph(getTranslation("review.translator-quality-view.explanation")), form, summary, grid);
        show(project, EVERY_LOCALE, from.getValue(), to.getValue());
    }

    private DatePicker datePicker(String id, String label, LocalDate value) {
        DatePicker picker = new DatePicker(getTranslation(label), value);
        picker.setId(id);
        picker.setI18n(DatePickerTexts.i18n(getLocale()));
        return picker;
    }

    private void show(ProjectInfo project, String locale, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            grid.setItems(List.of());
            summary.setText(getTranslation("review.translator-quality-view.dates-needed"));
            return;
        }
        try {
            TranslatorQuality.Report report = quality.report(project.slug(), locale, from, to);
            grid.setItems(report.translators());
            summary.setText(getTranslation(
                    "review.translator-quality-view.summary",
                    report.translators().size(),
                    report.threshold()));
        } catch (ApiException e) {
            grid.setItems(List.of());
            summary.setText(Problems.text(e));
        }
    }
}
