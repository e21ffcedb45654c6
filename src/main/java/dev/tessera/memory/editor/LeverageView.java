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
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.tessera.memory.LeverageService;
import dev.tessera.memory.LeverageService.Analysis;
import dev.tessera.memory.LeverageService.Bucket;
import dev.tessera.memory.LeverageService.Filled;
import dev.tessera.memory.MatchKind;
import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.project.ProjectAccess;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import dev.tessera.translation.TranslationService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
            event.rerouteToError(NotFoundException.class, getTranslation("memory.leverage-view.not-found"));
            return;
        }
        build();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                "page.title",
                document == null
                        ? getTranslation("memory.leverage-view.page-name")
                        : getTranslation("memory.leverage-view.title", document.name()));
    }

    private void build() {
        removeAll();
        String editor = "documents/" + document.id() + "/" + locale;
        Anchor back = new Anchor(editor, getTranslation("memory.leverage-view.back"));
        back.setId("leverage-back");
        add(back, new H2(getTranslation("memory.leverage-view.title", document.name())));
        add(new Paragraph(getTranslation("memory.leverage-view.explanation")));
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
            Span row = new Span(I18NProvider.translate(
                    "memory.leverage-view.bucket-row", bucketLabel(name), bucket.segments(), bucket.words()));
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
        bar.getElement()
                .setAttribute(
                        "title",
                        I18NProvider.translate(
                                "memory.leverage-view.by-words",
                                buckets.entrySet().stream()
                                        .map(b -> I18NProvider.translate(
                                                "memory.leverage-view.by-words-bucket",
                                                bucketLabel(b.getKey()),
                                                b.getValue().words()))
                                        .collect(Collectors.joining(" "))));
        buckets.forEach((name, bucket) -> {
            if (bucket.words() > 0 && total > 0) {
                Div part = new Div();
                part.addClassNames("stacked-part", "bucket-" + css(name));
                part.getStyle().set("width", (100.0 * bucket.words() / total) + "%");
                part.getElement().setAttribute("data-bucket", name);
                bar.add(part);
            }
        });
        return bar;
    }

    private Div pretranslation() {
        Select<String> target = new Select<>();
        target.setId("pretranslate-locale");
        target.setLabel(getTranslation("memory.leverage-view.locale"));
        target.setItems(document.project().targetLocales());
        target.setValue(locale);
        Select<String> minimum = new Select<>();
        minimum.setId("pretranslate-minimum");
        minimum.setLabel(getTranslation("memory.leverage-view.minimum"));
        minimum.setItems(MINIMUMS);
        minimum.setItemLabelGenerator(m -> m.chars().allMatch(Character::isDigit)
                ? getTranslation("memory.leverage-view.percentage", Integer.parseInt(m))
                : bucketLabel(m));
        minimum.setValue("EXACT");
        RadioButtonGroup<String> status = new RadioButtonGroup<>(getTranslation("memory.leverage-view.write-as"));
        status.setId("pretranslate-status");
        status.setItems("DRAFT", "TRANSLATED");
        status.setItemLabelGenerator(s -> s.equals("DRAFT")
                ? getTranslation("status.DRAFT")
                : getTranslation(
                        "memory.leverage-view.write-translated", bucketLabel("CONTEXT"), bucketLabel("EXACT")));
        status.setValue("DRAFT");
        Button run = new Button(getTranslation("memory.leverage-view.pretranslate-button"), VaadinIcon.MAGIC.create());
        run.setId("pretranslate-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> {
            try {
                String chosen = minimum.getValue();
                Object threshold = chosen.chars().allMatch(Character::isDigit) ? Integer.valueOf(chosen) : chosen;
                Filled filled = leverage.pretranslate(document.id(), target.getValue(), threshold, status.getValue());
                Notification note = Notification.show(getTranslation(
                        "memory.leverage-view.pretranslated",
                        filled.filled(),
                        filled.byKind().getOrDefault(MatchKind.CONTEXT, 0),
                        filled.byKind().getOrDefault(MatchKind.EXACT, 0),
                        filled.byKind().getOrDefault(MatchKind.FUZZY, 0)));
                note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                drawAnalyses();
            } catch (ApiException problem) {
                Notification.show(Problems.text(problem)).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        Div section = new Div(
                new H3(getTranslation("memory.leverage-view.pretranslate-heading")),
                new Paragraph(getTranslation("memory.leverage-view.pretranslate-explanation")),
                new HorizontalLayout(target, minimum),
                status,
                run);
        section.setId("pretranslate");
        return section;
    }

    /** A bucket as people read it: the named ones in their language, a range of scores as it is. */
    private static String bucketLabel(String bucket) {
        return switch (bucket) {
            case "CONTEXT" -> I18NProvider.translate("memory.leverage-view.bucket-context");
            case "EXACT" -> I18NProvider.translate("memory.leverage-view.bucket-exact");
            case "NEW" -> I18NProvider.translate("memory.leverage-view.bucket-new");
            case "REPETITION" -> I18NProvider.translate("memory.leverage-view.bucket-repetition");
            default -> bucket;
        };
    }

    private static String css(String bucket) {
        return bucket.toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
