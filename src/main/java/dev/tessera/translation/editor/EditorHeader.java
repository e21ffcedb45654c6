package dev.tessera.translation.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import dev.tessera.project.DocumentInfo;
import dev.tessera.translation.LocaleProgress;
import dev.tessera.translation.TranslationStatus;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The editor's header: where the document is (with a locale switch), how far it is, the filters, and the tools
 * (find and replace, the article's language, the reviewer's actions, the shortcuts).
 */
class EditorHeader extends HorizontalLayout {

    /** What the header's buttons do. */
    record Actions(
            Runnable findAndReplace,
            Runnable togglePane,
            Runnable approve,
            Runnable reject,
            Runnable signOff,
            Runnable approveAllClean,
            Runnable showShortcuts,
            Runnable join,
            Runnable split) {}

    private final String locale;
    private final Select<String> localeSelect = new Select<>();
    private final ProgressBar progressBar = new ProgressBar(0, 1, 0);
    private final Span progressLabel = new Span();
    private final Button paneToggle = new Button();
    private final Button approve = new Button(VaadinIcon.CHECK.create());
    private final Button reject = new Button(VaadinIcon.CLOSE_SMALL.create());
    private final Button signOff = new Button(VaadinIcon.DIPLOMA.create());
    private @Nullable LocaleProgress progress;

    EditorHeader(
            DocumentInfo document,
            String locale,
            SegmentFilters filters,
            boolean reviewer,
            boolean signer,
            boolean reshaper,
            Actions actions) {
        this.locale = locale;
        paneToggle.setText(getTranslation("editor.header.show-translation"));
        approve.setText(getTranslation("editor.header.approve"));
        reject.setText(getTranslation("editor.header.reject"));
        signOff.setText(getTranslation("editor.header.sign-off"));
        signOff.setId("sign-off-segment");
        signOff.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        signOff.addClickListener(e -> actions.signOff().run());
        signOff.setVisible(signer);
        addClassName("editor-header");
        setWidthFull();
        setAlignItems(Alignment.CENTER);
        setWrap(true);
        HorizontalLayout crumbs = crumbs(document);
        progressBar.setId("editor-progress");
        progressBar.setWidth("10rem");
        progressLabel.setId("editor-progress-label");
        progressLabel.addClassName("progress-label");
        HorizontalLayout progress = new HorizontalLayout(progressBar, progressLabel);
        progress.setAlignItems(Alignment.CENTER);

        Button replace = new Button(
                getTranslation("editor.header.find-replace"),
                VaadinIcon.EXCHANGE.create(),
                e -> actions.findAndReplace().run());
        replace.setId("find-replace");
        paneToggle.setId("pane-toggle");
        paneToggle.addClickListener(e -> actions.togglePane().run());
        Button help = new Button(
                VaadinIcon.KEYBOARD.create(), e -> actions.showShortcuts().run());
        help.setId("shortcuts-button");
        help.setAriaLabel(getTranslation("editor.header.shortcuts"));
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        approve.setId("approve-segment");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> actions.approve().run());
        reject.setId("reject-segment");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> actions.reject().run());
        Button approveAll = new Button(
                getTranslation("editor.header.approve-clean"),
                VaadinIcon.CHECK_SQUARE_O.create(),
                e -> actions.approveAllClean().run());
        approveAll.setId("approve-all");
        approveAll.getElement().setAttribute("title", getTranslation("editor.header.approve-clean-tooltip"));
        approve.setVisible(reviewer);
        reject.setVisible(reviewer);
        approveAll.setVisible(reviewer);
        setReviewable(false, false);
        String editorPath = "documents/" + document.id() + "/" + locale;
        // The export page belongs to the exchange feature; a link keeps the editor from depending on it.
        Anchor export = new Anchor(editorPath + "/export", getTranslation("editor.header.export-link"));
        export.setId("export-link");
        // The analysis belongs to the translation memory, which builds on this module: a link, as for the export.
        Anchor analysis = new Anchor(editorPath + "/leverage", getTranslation("editor.header.leverage-link"));
        analysis.setId("leverage-link");
        Anchor quality = new Anchor(editorPath + "/quality", getTranslation("editor.header.quality-link"));
        quality.setId("quality-link");
        Button join = new Button(
                getTranslation("editor.header.join"), e -> actions.join().run());
        join.setId("join-segment");
        join.getElement().setAttribute("title", getTranslation("editor.header.join-tooltip"));
        Button split = new Button(
                getTranslation("editor.header.split"), e -> actions.split().run());
        split.setId("split-segment");
        split.getElement().setAttribute("title", getTranslation("editor.header.split-tooltip"));
        join.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        split.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        join.setVisible(reshaper);
        split.setVisible(reshaper);
        HorizontalLayout tools = new HorizontalLayout(
                filters,
                replace,
                paneToggle,
                approve,
                reject,
                signOff,
                approveAll,
                join,
                split,
                export,
                analysis,
                quality,
                help);
        tools.setAlignItems(Alignment.CENTER);
        tools.setWrap(true);
        add(crumbs, progress, tools);
        expand(crumbs);
    }

    private HorizontalLayout crumbs(DocumentInfo document) {
        Anchor projects = new Anchor("", getTranslation("menu.home"));
        projects.setId("editor-projects-link");
        // Navigate on the server, so that unsaved text is asked about on every click, not only the first.
        projects.getElement()
                .addEventListener("click", e -> UI.getCurrent().navigate(""))
                .addEventData("event.preventDefault()");
        Span project = new Span(document.project().name());
        project.addClassName("crumb");
        Span name = new Span(document.name());
        name.addClassNames("crumb", "document-name");
        localeSelect.setId("locale-select");
        localeSelect.setItems(document.project().targetLocales());
        localeSelect.setValue(locale);
        localeSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI.getCurrent().navigate("documents/" + document.id() + "/" + e.getValue());
            }
        });
        HorizontalLayout crumbs = new HorizontalLayout(projects, separator(), project, separator(), name, localeSelect);
        crumbs.setAlignItems(Alignment.CENTER);
        crumbs.addClassName("crumbs");
        return crumbs;
    }

    void showProgress(LocaleProgress progress) {
        this.progress = progress;
        progressBar.setValue(progress.finishedShare());
        long finished = progress.count(TranslationStatus.TRANSLATED)
                + progress.count(TranslationStatus.APPROVED)
                + progress.count(TranslationStatus.SIGNED_OFF);
        // Rounded to a whole percent as before; ICU writes the percent the reader's way.
        progressLabel.setText(getTranslation(
                "editor.header.progress",
                Math.round(progress.finishedShare() * 100) / 100.0,
                finished,
                progress.total()));
    }

    /** Moves one segment's count from its old status to its new one, without asking the database. */
    void moveProgress(TranslationStatus before, TranslationStatus after) {
        if (progress == null) {
            return;
        }
        Map<TranslationStatus, Long> counts = new EnumMap<>(progress.counts());
        counts.merge(before, -1L, Long::sum);
        counts.merge(after, 1L, Long::sum);
        showProgress(new LocaleProgress(progress.locale(), progress.total(), counts));
    }

    /** Whether the active segment can be approved or rejected now, and whether it can be signed off. */
    void setReviewable(boolean reviewable, boolean signable) {
        approve.setEnabled(reviewable && !signable);
        reject.setEnabled(reviewable);
        signOff.setEnabled(signable);
    }

    void showPaneState(boolean translated) {
        paneToggle.setText(
                translated
                        ? getTranslation("editor.header.show-source")
                        : getTranslation("editor.header.show-translation"));
    }

    /** Puts the locale switch back on this editor's locale (after a navigation that was held back). */
    void resetLocale() {
        localeSelect.setValue(locale);
    }

    private static Span separator() {
        Span separator = new Span("▸");
        separator.addClassName("crumb-separator");
        return separator;
    }
}
