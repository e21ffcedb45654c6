package dev.tessera.glossary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import dev.tessera.shared.UploadTexts;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One glossary: its concepts with a column per locale, searchable; managers add, edit and delete concepts, import
 * and save to the glossary/ folder, and settle a conflict with the folder file. Everyone may export it.
 * URL: {@code /glossaries/{id}}.
 */
@Route("glossaries/:id")
@PermitAll
class GlossaryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String GLOSSARIES_ROUTE = "glossaries";

    private final GlossaryService glossaries;
    private final FolderSync folder;
    private final boolean manager;
    private final Grid<ConceptView> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Div conflictBox = new Div();
    private final Span totals = new Span();
    private long glossaryId;
    private String name = "";

    GlossaryView(GlossaryService glossaries, FolderSync folder, CurrentUser currentUser) {
        this.glossaries = glossaries;
        this.folder = folder;
        this.manager = currentUser.hasRole(Role.MANAGER);
        addClassName("glossary-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            glossaryId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            name = glossaries.glossary(glossaryId).name();
        } catch (NumberFormatException | ApiException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("glossary.glossary-view.not-found"));
            return;
        }
        build();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("glossary.glossary-view.page-title", name));
    }

    private void build() {
        removeAll();
        H1 title = new H1(name);
        totals.addClassName("glossary-totals");
        HorizontalLayout header = new HorizontalLayout(
                new Anchor(GLOSSARIES_ROUTE, getTranslation("glossary.glossaries-view.title")), title, totals);
        header.setAlignItems(Alignment.BASELINE);
        search.setPlaceholder(getTranslation("glossary.glossary-view.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.addClassName("concept-search");
        HorizontalLayout tools = new HorizontalLayout(search);
        tools.setWidthFull();
        tools.setAlignItems(Alignment.BASELINE);
        tools.expand(search);
        if (manager) {
            Button add = new Button(
                    getTranslation("glossary.glossary-view.add-concept"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.addClassName("add-concept");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importButton = new Button(
                    getTranslation("glossary.glossary-view.import"),
                    VaadinIcon.UPLOAD.create(),
                    e -> importDialog().open());
            importButton.addClassName("import-glossary");
            Button save = new Button(
                    getTranslation("glossary.glossary-view.save-to-folder"),
                    VaadinIcon.HARDDRIVE.create(),
                    e -> saveToFolder());
            save.addClassName("save-to-folder");
            tools.add(add, importButton, save);
        }
        tools.add(
                download("TBX v2", "export-tbx2", () -> tbx(TbxWriter.Version.V2), "tbx", "application/x-tbx+xml"),
                download("TBX v3", "export-tbx3", () -> tbx(TbxWriter.Version.V3), "tbx", "application/x-tbx+xml"),
                download("CSV", "export-csv", () -> glossaries.exportCsv(glossaryId), "csv", "text/csv"));
        conflictBox.addClassName("folder-conflict-box");
        grid.addClassName("concept-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(header, conflictBox, tools, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** Reads the glossary again: totals, the folder conflict, and the concepts matching the search. */
    private void refresh() {
        GlossarySummary summary = glossaries.glossary(glossaryId);
        totals.setText(getTranslation("glossary.glossary-view.totals", summary.concepts(), summary.terms()));
        showConflict(folder.conflict(glossaryId));
        List<ConceptView> concepts = glossaries.concepts(glossaryId, search.getValue());
        grid.removeAllColumns();
        for (String locale : locales(concepts)) {
            grid.addComponentColumn(c -> termsCell(c, locale))
                    .setHeader(locale)
                    .setKey("locale-" + locale)
                    .setFlexGrow(2)
                    .setResizable(true);
        }
        grid.addColumn(ConceptView::definition)
                .setHeader(getTranslation("glossary.glossary-view.definition-column"))
                .setKey("definition")
                .setFlexGrow(3)
                .setResizable(true);
        grid.addComponentColumn(GlossaryView::dntMark)
                .setHeader(getTranslation("glossary.glossary-view.dnt"))
                .setKey("dnt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (manager) {
            grid.addComponentColumn(this::actions)
                    .setHeader("")
                    .setKey("actions")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(concepts);
        grid.getElement().setAttribute("data-query", search.getValue());
    }

    /** Every locale of the concepts, in the order they first appear. */
    private static List<String> locales(List<ConceptView> concepts) {
        Set<String> locales = new LinkedHashSet<>();
        concepts.forEach(c -> c.terms().forEach(t -> locales.add(t.locale())));
        return List.copyOf(locales);
    }

    /** The concept's terms in the locale: preferred first, admitted marked, forbidden struck through. */
    private static Component termsCell(ConceptView concept, String locale) {
        Div cell = new Div();
        cell.addClassName("concept-terms");
        cell.getElement().setAttribute("data-concept", id(concept));
        cell.getElement().setAttribute("data-locale", locale);
        concept.terms().stream()
                .filter(t -> t.locale().equals(locale))
                .sorted(Comparator.comparing(TermView::status))
                .forEach(term -> cell.add(termChip(term)));
        return cell;
    }

    static Component termChip(TermView term) {
        Span chip = new Span();
        chip.addClassNames("term", "term-" + term.status().name().toLowerCase(Locale.ROOT));
        chip.getElement().setAttribute("data-status", term.status().name());
        chip.getElement()
                .setAttribute(
                        "title",
                        I18NProvider.translate(
                                "glossary.glossary-view.term-title",
                                term.status().name(),
                                String.valueOf(term.caseSensitive()),
                                String.valueOf(term.partOfSpeech() != null),
                                term.partOfSpeech() == null ? "" : term.partOfSpeech()));
        chip.getStyle().set("display", "block");
        if (term.status() == TermStatus.FORBIDDEN) {
            Element struck = new Element("s");
            struck.setText(term.text());
            chip.getElement().appendChild(struck);
            chip.getStyle().set("color", "var(--lumo-error-text-color)");
        } else {
            chip.setText(term.text());
        }
        if (term.status() == TermStatus.ADMITTED) {
            Span mark = new Span(I18NProvider.translate("glossary.glossary-view.admitted-mark"));
            mark.getStyle()
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            chip.add(mark);
        }
        return chip;
    }

    private static Component dntMark(ConceptView concept) {
        Span mark = new Span(concept.doNotTranslate() ? I18NProvider.translate("glossary.glossary-view.dnt") : "");
        if (concept.doNotTranslate()) {
            mark.addClassName("dnt-mark");
            mark.getElement().getThemeList().addAll(List.of("badge", "contrast"));
            mark.getElement().setAttribute("title", I18NProvider.translate("glossary.glossary-view.dnt-title"));
        }
        if (concept.firstUse() == null) {
            return mark;
        }
        Span expand = new Span(I18NProvider.translate("glossary.glossary-view.first-use"));
        expand.addClassName("first-use-mark");
        expand.getElement().getThemeList().addAll(List.of("badge"));
        expand.getElement()
                .setAttribute(
                        "title",
                        I18NProvider.translate("glossary.concept-dialog.first-use."
                                + concept.firstUse().name().toLowerCase(Locale.ROOT)));
        return new Span(mark, expand);
    }

    private Component actions(ConceptView concept) {
        Button edit = new Button(getTranslation("common.edit"), VaadinIcon.EDIT.create(), e -> edit(concept.id()));
        edit.addClassName("edit-concept");
        edit.getElement().setAttribute("data-concept", id(concept));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button delete =
                new Button(getTranslation("common.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete(concept));
        delete.addClassName("delete-concept");
        delete.getElement().setAttribute("data-concept", id(concept));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    static String id(ConceptView concept) {
        return concept.externalId() != null ? concept.externalId() : "c" + concept.id();
    }

    private void edit(Long conceptId) {
        ConceptView concept = conceptId == null ? null : glossaries.concept(glossaryId, conceptId);
        new ConceptDialog(concept, input -> glossaries.saveConcept(glossaryId, conceptId, input), saved -> {
                    refresh();
                    Notification.show(
                                    getTranslation("glossary.glossary-view.saved"),
                                    2000,
                                    Notification.Position.BOTTOM_END)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    AffectedDialog.showIfAny(saved.affected());
                })
                .open();
    }

    private void confirmDelete(ConceptView concept) {
        String label = concept.terms().isEmpty()
                ? id(concept)
                : concept.terms().getFirst().text();
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("glossary.glossary-view.delete-title", label),
                getTranslation("glossary.glossary-view.delete-text"),
                getTranslation("common.delete"),
                e -> {
                    try {
                        List<AffectedSegment> affected = glossaries.deleteConcept(glossaryId, concept.id());
                        refresh();
                        AffectedDialog.showIfAny(affected);
                    } catch (ApiException ex) {
                        error(Problems.text(ex));
                        refresh();
                    }
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.addClassName("delete-concept-dialog");
        dialog.open();
    }

    private void showConflict(FolderConflict conflict) {
        conflictBox.removeAll();
        conflictBox.setVisible(conflict != null);
        if (conflict == null) {
            return;
        }
        Div banner = new Div();
        banner.addClassName("folder-conflict");
        banner.getStyle()
                .set("border", "2px solid var(--lumo-error-color)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)")
                .set("background", "var(--lumo-error-color-10pct)");
        banner.add(
                new H3(getTranslation("glossary.glossary-view.conflict-title")),
                new Paragraph(getTranslation(
                        "glossary.glossary-view.conflict-text",
                        conflict.file(),
                        conflict.concepts().size())));
        for (FolderConflict.Difference difference : conflict.concepts()) {
            Div row = new Div();
            row.addClassName("conflict-concept");
            row.getElement().setAttribute("data-concept", difference.id());
            row.getStyle()
                    .set("display", "grid")
                    .set("grid-template-columns", "10em 1fr 1fr")
                    .set("gap", "var(--lumo-space-m)")
                    .set("margin-bottom", "var(--lumo-space-s)");
            Span id = new Span(difference.id());
            id.getStyle().set("font-weight", "600");
            row.add(
                    id,
                    version(
                            getTranslation("glossary.glossary-view.conflict-database"),
                            "conflict-database",
                            difference.database()),
                    version(
                            getTranslation("glossary.glossary-view.conflict-file"),
                            "conflict-file",
                            difference.file()));
            banner.add(row);
        }
        if (manager) {
            Button keep = new Button(getTranslation("glossary.glossary-view.keep-database"), e -> saveToFolder());
            keep.addClassName("keep-database");
            keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button take = new Button(getTranslation("glossary.glossary-view.take-file"), e -> takeFile());
            take.addClassName("take-file");
            take.addThemeVariants(ButtonVariant.LUMO_ERROR);
            banner.add(new HorizontalLayout(keep, take));
        } else {
            banner.add(new Paragraph(getTranslation("glossary.glossary-view.conflict-for-manager")));
        }
        conflictBox.add(banner);
    }

    /** One side of a conflict; {@code label} is the side's name with its colon and trailing space. */
    private static Component version(String label, String className, ConceptView concept) {
        Div box = new Div();
        box.addClassName(className);
        Span side = new Span(label);
        side.getStyle().set("font-weight", "600");
        box.add(side);
        if (concept == null) {
            box.add(new Span(I18NProvider.translate("glossary.glossary-view.conflict-absent")));
            return box;
        }
        if (concept.definition() != null) {
            box.add(new Span(concept.definition()));
        }
        if (concept.doNotTranslate()) {
            box.add(new Span(I18NProvider.translate("glossary.glossary-view.conflict-dnt")));
        }
        for (TermView term : concept.terms()) {
            Div line = new Div(
                    new Span(I18NProvider.translate("glossary.glossary-view.conflict-term-locale", term.locale())),
                    termChip(term));
            line.getStyle().set("display", "flex").set("gap", "0.3em");
            box.add(line);
        }
        return box;
    }

    private void saveToFolder() {
        try {
            FolderSaved saved = folder.saveToFolder(glossaryId);
            refresh();
            Notification.show(
                            getTranslation(
                                    "glossary.glossary-view.saved-to-folder",
                                    saved.file(),
                                    saved.concepts(),
                                    saved.terms()),
                            4000,
                            Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ApiException | java.io.UncheckedIOException e) {
            error(Problems.text(e));
        }
    }

    private void takeFile() {
        try {
            ImportResult result = folder.takeFile(glossaryId);
            refresh();
            Notification.show(
                            getTranslation("glossary.glossary-view.file-taken", result.concepts(), result.terms()),
                            4000,
                            Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ApiException e) {
            error(Problems.text(e));
        }
    }

    private Dialog importDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("glossary.glossary-view.import-title", name));
        dialog.addClassName("import-glossary-dialog");
        // The callback runs in the upload request, with the signed-in user's security context and the UI locked.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            GlossaryService.Format format =
                    metadata.fileName().toLowerCase(Locale.ROOT).endsWith(".csv")
                            ? GlossaryService.Format.CSV
                            : GlossaryService.Format.TBX;
            try {
                ImportResult result =
                        glossaries.importFile(glossaryId, format, new ByteArrayInputStream(bytes), bytes.length);
                dialog.close();
                refresh();
                Notification.show(
                                getTranslation(
                                        "glossary.glossary-view.imported",
                                        metadata.fileName(),
                                        result.created(),
                                        result.updated(),
                                        result.terms(),
                                        result.warnings().size()),
                                5000,
                                Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ApiException e) {
                error(Problems.text(e));
            }
        }));
        upload.setAcceptedFileTypes(".tbx", ".xml", ".csv");
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.i18n());
        upload.addClassName("glossary-upload");
        dialog.add(new Paragraph(getTranslation("glossary.glossary-view.import-help")), upload);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        return dialog;
    }

    private byte[] tbx(TbxWriter.Version version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        glossaries.exportTbx(glossaryId, version, out);
        return out.toByteArray();
    }

    private Anchor download(String label, String className, Supplier<byte[]> content, String extension, String type) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            FolderSync.baseName(name) + "." + extension,
                            type,
                            bytes.length);
                }),
                "");
        Button button = new Button(label, VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
        anchor.addClassName(className);
        return anchor;
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
