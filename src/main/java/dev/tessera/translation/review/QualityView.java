package dev.tessera.translation.review;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.tessera.project.DocumentInfo;
import dev.tessera.shared.ApiException;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.quality.FindingTexts;
import dev.tessera.translation.quality.ProjectQa;
import dev.tessera.translation.quality.QualityService;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The document's review quality in one locale: its MQM score against the project's threshold, the points by
 * category as bars and by severity, and its open QA findings by check (the document QA view). URL: {@code /documents/{id}/{locale}/quality}; the editor links here.
 */
@Route("documents/:documentId/:locale/quality")
@PermitAll
class QualityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int SHOWN_PER_CHECK = 100;

    private final IssueService issues;
    private final TranslationService translations;
    private final QualityService quality;
    private DocumentInfo document;
    private String locale;

    QualityView(IssueService issues, TranslationService translations, QualityService quality) {
        this.quality = quality;
        this.issues = issues;
        this.translations = translations;
        addClassName("quality-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QualityScore.Report report;
        try {
            document = translations.document(
                    Long.parseLong(event.getRouteParameters().get("documentId").orElse("")));
            locale = TranslationService.targetLocale(
                    document, event.getRouteParameters().get("locale").orElse(""));
            report = issues.quality(document.id(), locale);
        } catch (NumberFormatException | ApiException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("review.quality-view.not-found"));
            return;
        }
        build(report);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                "page.title",
                document == null
                        ? getTranslation("review.quality-view.page-name")
                        : getTranslation("review.quality-view.title", document.name(), locale));
    }

    private void build(QualityScore.Report report) {
        removeAll();
        String editor = "documents/" + document.id() + "/" + locale;
        Anchor back = new Anchor(editor, getTranslation("review.quality-view.back"));
        back.setId("quality-back");
        add(back, new H2(getTranslation("review.quality-view.title", document.name(), locale)));
        Paragraph score = new Paragraph(getTranslation(
                "review.quality-view.score",
                report.score(),
                report.threshold(),
                report.passed() ? "passed" : "failed"));
        score.setId("quality-score");
        score.addClassName(report.passed() ? "quality-passed" : "quality-failed");
        score.getElement().setAttribute("data-score", report.score().toPlainString());
        score.getElement().setAttribute("data-points", String.valueOf(report.points()));
        score.getElement().setAttribute("data-passed", String.valueOf(report.passed()));
        Paragraph basis = new Paragraph(
                getTranslation("review.quality-view.basis", report.issues(), report.points(), report.words()));
        basis.setId("quality-basis");
        add(score, basis);
        add(new H3(getTranslation("review.quality-view.by-category")), byCategory(report));
        add(new H3(getTranslation("review.quality-view.by-severity")), bySeverity(report.bySeverity()));
        add(new H3(getTranslation("review.quality-view.findings")), findings(editor));
    }

    /**
     * The document's open QA findings, the checks over the whole document first, each with a link to its segment in
     * the editor.
     */
    private Div findings(String editor) {
        Div list = new Div();
        list.setId("quality-findings");
        Map<String, List<QualityService.FindingAt>> byCheck =
                new TreeMap<>(Comparator.comparing((String check) -> !ProjectQa.isDocumentCheck(check))
                        .thenComparing(c -> c));
        for (QualityService.FindingAt at : quality.findingsInOrder(document.id(), locale)) {
            if (!at.finding().waived()) {
                byCheck.computeIfAbsent(at.finding().check(), c -> new ArrayList<>())
                        .add(at);
            }
        }
        if (byCheck.isEmpty()) {
            list.add(new Span(getTranslation("review.quality-view.no-findings")));
        }
        byCheck.forEach((check, found) -> {
            Div group = new Div(new H4(getTranslation("review.quality-view.check", check, found.size())));
            group.addClassName("quality-check");
            group.getElement().setAttribute("data-check", check);
            for (QualityService.FindingAt at : found.subList(0, Math.min(found.size(), SHOWN_PER_CHECK))) {
                String href = editor + "?segment=" + at.segmentId();
                Anchor segment = new Anchor(href, "#" + at.position());
                Div line = new Div(segment, new Span(" " + FindingTexts.text(at.finding())));
                line.addClassNames(
                        "quality-finding",
                        "severity-" + at.finding().severity().name().toLowerCase(Locale.ROOT));
                line.getElement().setAttribute("data-position", String.valueOf(at.position()));
                group.add(line);
            }
            if (found.size() > SHOWN_PER_CHECK) {
                group.add(new Span(getTranslation("review.quality-view.more", found.size() - SHOWN_PER_CHECK)));
            }
            list.add(group);
        });
        return list;
    }

    /** One bar per category that has points, as long as its share of the most penalised category's. */
    private Div byCategory(QualityScore.Report report) {
        Div chart = new Div();
        chart.setId("quality-by-category");
        chart.addClassName("quality-chart");
        if (report.byCategory().isEmpty()) {
            chart.add(new Span(getTranslation("review.quality-view.no-issues")));
        }
        int most = report.byCategory().values().stream()
                .mapToInt(QualityScore.Tally::points)
                .max()
                .orElse(1);
        report.byCategory().forEach((category, tally) -> {
            Span label = new Span(getTranslation("review.category." + category.name()));
            label.addClassName("quality-label");
            Div bar = new Div();
            bar.addClassNames("quality-bar", "dimension-" + category.dimension());
            bar.getStyle().set("width", (100.0 * tally.points() / most) + "%");
            Div track = new Div(bar);
            track.addClassName("quality-track");
            Span figures = new Span(getTranslation("review.quality-view.tally", tally.issues(), tally.points()));
            figures.addClassName("quality-figures");
            Div row = new Div(label, track, figures);
            row.addClassName("quality-row");
            row.getElement().setAttribute("data-category", category.name());
            row.getElement().setAttribute("data-points", String.valueOf(tally.points()));
            chart.add(row);
        });
        return chart;
    }

    private Div bySeverity(Map<IssueSeverity, QualityScore.Tally> bySeverity) {
        Div table = new Div();
        table.setId("quality-by-severity");
        table.addClassName("quality-chart");
        for (IssueSeverity severity : IssueSeverity.values()) {
            QualityScore.Tally tally = bySeverity.getOrDefault(severity, new QualityScore.Tally(0, 0));
            Span row = new Span(getTranslation(
                    "review.quality-view.severity-row",
                    getTranslation("review.severity-name." + severity.name()),
                    tally.issues(),
                    tally.points()));
            row.addClassNames("quality-severity", "severity-" + severity.name().toLowerCase(Locale.ROOT));
            row.getElement().setAttribute("data-severity", severity.name());
            row.getElement().setAttribute("data-issues", String.valueOf(tally.issues()));
            table.add(row);
        }
        return table;
    }
}
