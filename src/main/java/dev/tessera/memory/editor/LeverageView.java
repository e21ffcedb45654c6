package dev.tessera.memory.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.tessera.memory.LeverageService;
import dev.tessera.memory.LeverageService.Analysis;
import dev.tessera.memory.LeverageService.Bucket;
import dev.tessera.memory.LeverageService.Filled;
import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.project.ProjectAccess;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.translation.TranslationService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the translation memories hold of a document: for each target locale, its segments and words in the match
 * buckets as a stacked bar and a table; for managers, the pre-translation of the untranslated segments.
 * URL: {@code /documents/{id}/{locale}/leverage}; the editor links here, so that it does not depend on the memory.
 */
@Route("documents/:documentId/:locale/leverage")
@PermitAll
class LeverageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<String> MINIMUMS = List.of("CONTEXT", "EXACT", "95", "90", "85", "80", "75", "70");

    private final LeverageService leverage;
    private final DocumentService documents;
    private final ProjectAccess access;
    private final Div analyses = new Div();
    private DocumentInfo document;
    private String locale;

    LeverageView(LeverageService leverage, DocumentService documents, ProjectAccess access) {
        this.leverage = leverage;
        this.documents = documents;
        this.access = access;
        addClassName("leverage-view");
        analyses.setId("leverage-analyses");
        analyses.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            document = documents.document(
                    Long.parseLong(event.getRouteParameters().get("documentId").orElse("")));
            locale = TranslationService.targetLocale(
                    document, event.getRouteParameters().get("locale").orElse(""));
        } catch (NumberFormatException | ApiException e) {
            event.rerouteToError(NotFoundException.class, "There is no such document or locale.");
            return;
        }
        build();
    }

    @Override
    public String getPageTitle() {
        return document == null
                ? "Analysis · Tessera"
                : "Analysis and pre-translation of " + document.name() + " · Tessera";
    }

    private void build() {
        removeAll();
        Anchor back = new Anchor("documents/" + document.id() + "/" + locale, "Back to the editor");
        back.setId("leverage-back");
        add(back, new H2("Analysis and pre-translation of " + document.name()));
        add(new Paragraph("How much of the document the translation memories already hold, by the best match of each"
                + " segment. Repetitions are segments whose source stood earlier in the document and have no match"
                + " of 75% or more."));
        add(analyses);
        drawAnalyses();
        if (access.of(document.project()).map(a -> a.includes(Role.MANAGER)).orElse(false)) {
            add(pretranslation());
        }
    }

    private void drawAnalyses() {
        analyses.removeAll();
        for (String target : document.project().targetLocales()) {
            analyses.add(analysisOf(target, leverage.analysis(document.id(), target)));
        }
    }

    private static Div analysisOf(String target, Analysis analysis) {
        Div section = new Div();
        section.addClassName("leverage-locale");
        section.getElement().setAttribute("data-locale", target);
        section.add(new H3(target));
        section.add(bar(analysis.buckets()));
        Div table = new Div();
        table.addClassName("leverage-table");
        analysis.buckets().forEach((name, bucket) -> {
            Span row = new Span(name + ": " + bucket.segments() + " segments, " + bucket.words() + " words");
            row.addClassNames("leverage-bucket", "bucket-" + css(name));
            row.getElement().setAttribute("data-bucket", name);
            row.getElement().setAttribute("data-segments", String.valueOf(bucket.segments()));
            row.getElement().setAttribute("data-words", String.valueOf(bucket.words()));
            table.add(row);
        });
        section.add(table);
        return section;
    }

    /** One colour per bucket, each as wide as its share of the source words. */
    private static Div bar(Map<String, Bucket> buckets) {
        int total = buckets.values().stream().mapToInt(Bucket::words).sum();
        Div bar = new Div();
        bar.addClassNames("stacked-bar", "leverage-bar");
        StringBuilder title = new StringBuilder("By words:");
        buckets.forEach((name, bucket) -> {
            title.append(' ').append(name).append(' ').append(bucket.words());
            if (bucket.words() > 0 && total > 0) {
                Div part = new Div();
                part.addClassNames("stacked-part", "bucket-" + css(name));
                part.getStyle().set("width", (100.0 * bucket.words() / total) + "%");
                part.getElement().setAttribute("data-bucket", name);
                bar.add(part);
            }
        });
        bar.getElement().setAttribute("title", title.toString());
        return bar;
    }

    private Div pretranslation() {
        Select<String> target = new Select<>();
        target.setId("pretranslate-locale");
        target.setLabel("Locale");
        target.setItems(document.project().targetLocales());
        target.setValue(locale);
        Select<String> minimum = new Select<>();
        minimum.setId("pretranslate-minimum");
        minimum.setLabel("Minimum match");
        minimum.setItems(MINIMUMS);
        minimum.setItemLabelGenerator(m -> m.chars().allMatch(Character::isDigit) ? m + "%" : m);
        minimum.setValue("EXACT");
        RadioButtonGroup<String> status = new RadioButtonGroup<>("Write as");
        status.setId("pretranslate-status");
        status.setItems("DRAFT", "TRANSLATED");
        status.setItemLabelGenerator(s -> s.equals("DRAFT") ? "Draft" : "Translated (CONTEXT and EXACT matches only)");
        status.setValue("DRAFT");
        Button run = new Button("Pre-translate", VaadinIcon.MAGIC.create());
        run.setId("pretranslate-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> {
            try {
                String chosen = minimum.getValue();
                Object threshold = chosen.chars().allMatch(Character::isDigit) ? Integer.valueOf(chosen) : chosen;
                Filled filled = leverage.pretranslate(document.id(), target.getValue(), threshold, status.getValue());
                Notification note = Notification.show("Pre-translated " + filled.filled() + " segments ("
                        + filled.byKind().entrySet().stream()
                                .map(k -> k.getKey().name().toLowerCase(Locale.ROOT) + " " + k.getValue())
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("")
                        + ").");
                note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                drawAnalyses();
            } catch (ApiException problem) {
                Notification.show(problem.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        Div section = new Div(
                new H3("Pre-translate"),
                new Paragraph("Fills the untranslated segments from their best match at or above the minimum, numbers"
                        + " fixed up. Fuzzy matches always come in as drafts; nothing is approved."),
                new HorizontalLayout(target, minimum),
                status,
                run);
        section.setId("pretranslate");
        return section;
    }

    private static String css(String bucket) {
        return bucket.toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
