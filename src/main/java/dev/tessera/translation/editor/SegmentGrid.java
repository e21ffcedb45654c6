package dev.tessera.translation.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.tessera.qa.Severity;
import dev.tessera.translation.SegmentFilter;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationStatus;
import dev.tessera.translation.quality.FindingTexts;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The lazy list of a document's segments in one locale: position, source with its terms, target (the active row's
 * is the editor), status and QA marks with who else is editing the row. Rows come a page at a time from
 * {@link TranslationService} under the current filter.
 */
final class SegmentGrid extends Grid<SegmentRow> {

    /** Where the grid's rows and cells come from. */
    record Sources(
            Supplier<SegmentFilter> filter,
            Function<SegmentRow, Component> targetCell,
            LongFunction<List<String>> othersOn,
            LongPredicate isActive) {}

    private final CallbackDataProvider<SegmentRow, Void> rows;

    SegmentGrid(EditorContext context, Sources sources) {
        TranslationService translations = context.translations();
        String sourceLang = context.sourceLang();
        String sourceDir = context.sourceDir();
        setId("segment-grid");
        addClassName("segment-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setSelectionMode(SelectionMode.NONE);
        addColumn(LitRenderer.<SegmentRow>of(
                                "<span class=\"position\" data-position=\"${item.position}\">${item.position}</span>")
                        .withProperty("position", SegmentRow::position))
                .setHeader("#")
                .setWidth("4.5em")
                .setFlexGrow(0);
        addColumn(LitRenderer.<SegmentRow>of(
                                "<div class=\"source-text\" lang=\"${item.lang}\" dir=\"${item.dir}\" data-position=\"${item.position}\""
                                        + " .innerHTML=\"${item.source}\"></div>")
                        .withProperty("lang", row -> sourceLang)
                        .withProperty("dir", row -> sourceDir)
                        .withProperty("position", SegmentRow::position)
                        .withProperty("source", row -> TermMarkup.html(row.source(), row.terms(), row.codes())))
                .setHeader(getTranslation("segment.grid.source"))
                .setFlexGrow(1);
        addColumn(new ComponentRenderer<>(sources.targetCell()::apply))
                .setHeader(getTranslation("segment.grid.target", context.locale()))
                .setFlexGrow(1);
        addColumn(LitRenderer.<SegmentRow>of(
                                "<span class=\"status-badge st-${item.css}\" data-status=\"${item.status}\""
                                        + " data-position=\"${item.position}\" title=\"${item.title}\">${item.label}</span>")
                        .withProperty("css", row -> row.status().name().toLowerCase(Locale.ROOT))
                        .withProperty("status", row -> row.status().name())
                        .withProperty("position", SegmentRow::position)
                        .withProperty("label", row -> label(row.status()) + (row.propagated() ? " ⇣" : ""))
                        .withProperty(
                                "title",
                                row -> row.propagated()
                                        ? getTranslation("segment.grid.propagated", label(row.status()))
                                        : label(row.status())))
                .setHeader(getTranslation("segment.grid.status"))
                .setWidth("8.5em")
                .setFlexGrow(0);
        addColumn(LitRenderer.<SegmentRow>of("<span class=\"qa-mark qa-${item.severity}\" data-qa=\"${item.severity}\""
                                + " data-position=\"${item.position}\" title=\"${item.title}\">${item.mark}</span>"
                                + "<span class=\"presence\" data-position=\"${item.position}\" data-editing=\"${item.editing}\""
                                + " title=\"${item.editingTitle}\">${item.editing}</span>")
                        .withProperty("position", SegmentRow::position)
                        .withProperty(
                                "severity",
                                row -> row.openSeverity() == null
                                        ? "none"
                                        : row.openSeverity().name().toLowerCase(Locale.ROOT))
                        .withProperty("mark", SegmentGrid::qaMark)
                        .withProperty(
                                "title",
                                row -> row.issues().stream()
                                        .filter(i -> !i.waived())
                                        .map(FindingTexts::text)
                                        .collect(Collectors.joining("\n")))
                        .withProperty(
                                "editing",
                                row -> String.join(", ", sources.othersOn().apply(row.id())))
                        .withProperty("editingTitle", row -> {
                            List<String> others = sources.othersOn().apply(row.id());
                            return others.isEmpty()
                                    ? ""
                                    : getTranslation("segment.grid.open-for-editing", String.join(", ", others));
                        }))
                .setHeader(getTranslation("segment.grid.qa"))
                .setWidth("6.5em")
                .setFlexGrow(0);
        setPartNameGenerator(row -> (row.paragraphStart() ? "paragraph-start " : "")
                + (sources.isActive().test(row.id()) ? "active-row" : ""));
        rows = new CallbackDataProvider<>(
                query -> translations
                        .segments(
                                context.documentId(),
                                context.locale(),
                                sources.filter().get(),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> (int) translations.count(
                        context.documentId(), context.locale(), sources.filter().get()),
                SegmentRow::id);
        setItems(rows);
    }

    /** Draws one row again (its cells, the editor included). */
    void redraw(SegmentRow row) {
        rows.refreshItem(row);
    }

    /** Reads every row again. */
    void redrawAll() {
        rows.refreshAll();
    }

    /** The grid's QA mark: how many open errors or warnings a segment has. */
    static String qaMark(SegmentRow row) {
        long open = row.issues().stream().filter(issue -> !issue.waived()).count();
        return row.openSeverity() == null ? "" : (row.openSeverity() == Severity.ERROR ? "✖ " : "⚠ ") + open;
    }

    static String label(TranslationStatus status) {
        return I18NProvider.translate("status." + status.name());
    }
}
