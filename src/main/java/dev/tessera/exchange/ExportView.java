package dev.tessera.exchange;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import dev.tessera.shared.UploadLimits;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;

/**
 * A document's export in one locale: the format, its options, and a download. A text export of unfinished work
 * says which segments are unfinished until the source is asked for in their place. Below, the way back: an XLIFF
 * translated elsewhere is imported into the same document and locale.
 * URL: {@code /documents/{id}/{locale}/export}.
 */
@Route("documents/:documentId/:locale/export")
@PermitAll
class ExportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExchangeService exchange;
    private final DocumentService documents;
    private final XliffImport xliffImport;
    private final UploadLimits limits;
    private final CurrentUser currentUser;
    private final Select<ExportFormat> format = new Select<>();
    private final Checkbox fallback = new Checkbox();
    private final Checkbox approvedOnly = new Checkbox();
    private final Checkbox includeTranslated = new Checkbox();
    private final Checkbox matches = new Checkbox(true);
    private final Paragraph problem = new Paragraph();
    private final Anchor download = new Anchor();
    private DocumentInfo document;
    private String locale;

    ExportView(
            ExchangeService exchange,
            DocumentService documents,
            XliffImport xliffImport,
            UploadLimits limits,
            CurrentUser currentUser) {
        this.exchange = exchange;
        this.documents = documents;
        this.xliffImport = xliffImport;
        this.limits = limits;
        this.currentUser = currentUser;
        addClassName("export-view");
        fallback.setLabel(getTranslation("exchange.export-view.fallback"));
        approvedOnly.setLabel(getTranslation("exchange.export-view.approved-only"));
        includeTranslated.setLabel(getTranslation("exchange.export-view.include-translated"));
        matches.setLabel(getTranslation("exchange.export-view.matches"));
    }

    /** What people read for a format: "XLIFF 2.1" as it is, plain text in their language. */
    static String label(ExportFormat format) {
        return switch (format) {
            case TEXT -> I18NProvider.translate("exchange.export-format.text");
            case ORIGINAL -> I18NProvider.translate("exchange.export-format.original");
            default -> format.label();
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            document = documents.document(
                    Long.parseLong(event.getRouteParameters().get("documentId").orElse("")));
            locale = exchange.prepare(
                            document.id(),
                            event.getRouteParameters().get("locale").orElse(""),
                            ExportFormat.XLIFF21,
                            new ExportOptions(false, false, false))
                    .locale();
        } catch (NumberFormatException | ApiException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("exchange.export-view.not-found"));
            return;
        }
        build();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                "page.title",
                document == null
                        ? getTranslation("exchange.export-view.page-name")
                        : getTranslation("exchange.export-view.title", document.name(), locale));
    }

    private void build() {
        removeAll();
        String editor = "documents/" + document.id() + "/" + locale;
        Anchor back = new Anchor(editor, getTranslation("exchange.export-view.back"));
        format.setId("export-format");
        format.setLabel(getTranslation("exchange.export-view.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(ExportView::label);
        format.setValue(ExportFormat.XLIFF21);
        fallback.setId("export-fallback");
        approvedOnly.setId("export-approved-only");
        includeTranslated.setId("export-include-translated");
        matches.setId("export-matches");
        problem.setId("export-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #c00)");
        Button button = new Button(getTranslation("common.download"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.setId("export-download");
        download.removeAll();
        download.add(button);
        format.addValueChangeListener(e -> update());
        fallback.addValueChangeListener(e -> update());
        approvedOnly.addValueChangeListener(e -> update());
        includeTranslated.addValueChangeListener(e -> update());
        matches.addValueChangeListener(e -> update());
        add(
                back,
                new H2(getTranslation("exchange.export-view.heading", document.name(), locale)),
                new H3(getTranslation("exchange.export-view.export-heading")),
                format,
                fallback,
                approvedOnly,
                includeTranslated,
                matches,
                problem,
                download);
        if (currentUser.hasRole(Role.TRANSLATOR)) {
            add(new XliffImportSection(xliffImport, limits, document.id(), locale));
        }
        update();
    }

    /** Shows the options of the format, and the download only when the export can be made. */
    private void update() {
        boolean text = format.getValue() == ExportFormat.TEXT;
        fallback.setVisible(text);
        approvedOnly.setVisible(text);
        includeTranslated.setVisible(format.getValue() == ExportFormat.TMX);
        boolean xliff = format.getValue() == ExportFormat.XLIFF12 || format.getValue() == ExportFormat.XLIFF21;
        matches.setVisible(xliff);
        ExportOptions options = new ExportOptions(
                text && fallback.getValue(),
                text && approvedOnly.getValue(),
                format.getValue() == ExportFormat.TMX && includeTranslated.getValue(),
                xliff && matches.getValue());
        try {
            ExchangeService.Export export = exchange.prepare(document.id(), locale, format.getValue(), options);
            problem.setText("");
            problem.setVisible(false);
            download.setVisible(true);
            download.setHref((DownloadEvent event) -> {
                event.setFileName(export.fileName());
                event.setContentType(export.mediaType());
                try (OutputStream out = event.getOutputStream()) {
                    exchange.write(export, out);
                }
                exchange.exported(
                        "document:" + document.id(),
                        "format " + export.format().code() + ", locale " + export.locale() + ", in the browser",
                        document.project().slug());
            });
            download.getElement().setAttribute("download", export.fileName());
            download.getElement().setAttribute("data-file", export.fileName());
        } catch (ApiException e) {
            problem.setText(Problems.text(e));
            problem.setVisible(true);
            download.setVisible(false);
        }
    }
}
