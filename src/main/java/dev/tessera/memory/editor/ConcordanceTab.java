package dev.tessera.memory.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.memory.ConcordanceService;
import dev.tessera.memory.ConcordanceService.Hit;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.editor.EditorTab;
import dev.tessera.translation.editor.EditorTabContext;
import dev.tessera.translation.editor.MarkedText;
import java.util.List;

/**
 * The Concordance tab: where a word or phrase stands in the sources and targets of the project's memories, newest
 * first, each occurrence marked. Ctrl+K brings it to the front with the search field focused.
 */
final class ConcordanceTab implements EditorTab {

    private final EditorTabContext context;
    private final ConcordanceService service;
    private final TextField query = new TextField();
    private final Div results = new Div();
    private final Div content;

    ConcordanceTab(EditorTabContext context, ConcordanceService service) {
        this.context = context;
        this.service = service;
        query.setId("concordance-query");
        query.setPlaceholder(I18NProvider.translate("memory.concordance-tab.placeholder"));
        query.setAriaLabel(I18NProvider.translate("memory.concordance-tab.search-label"));
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.addKeyPressListener(Key.ENTER, e -> search());
        Button search = new Button(I18NProvider.translate("common.search"), e -> search());
        search.setId("concordance-search");
        search.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout bar = new HorizontalLayout(query, search);
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        results.setId("concordance-results");
        results.addClassName("tm-concordance-results");
        content = new Div(bar, results);
        content.addClassName("tm-concordance");
    }

    @Override
    public String label() {
        return I18NProvider.translate("memory.concordance-tab.label");
    }

    @Override
    public Component content() {
        return content;
    }

    @Override
    public void show(SegmentRow segment) {
        // The last search stays: a translator often looks a phrase up for several segments in a row.
    }

    @Override
    public boolean hasSearch() {
        return true;
    }

    @Override
    public void focusSearch() {
        query.focus();
        query.getElement().executeJs("this.inputElement && this.inputElement.select()");
    }

    @Override
    public List<Shortcut> shortcuts() {
        return List.of(new Shortcut("Ctrl+K", I18NProvider.translate("memory.concordance-tab.shortcut")));
    }

    private void search() {
        results.removeAll();
        List<Hit> hits;
        try {
            hits = service.search(
                    query.getValue(), context.sourceLocale(), context.locale(), context.projectSlug(), null);
        } catch (ApiException e) {
            results.add(note(Problems.text(e)));
            return;
        }
        if (hits.isEmpty()) {
            results.add(note(I18NProvider.translate(
                    "memory.concordance-tab.no-hits", query.getValue().strip())));
        }
        for (Hit hit : hits) {
            results.add(entry(hit));
        }
    }

    private Div entry(Hit hit) {
        Div source = MarkedText.of(hit.source(), ranges(hit, "source"), "tm-hit");
        source.addClassName("tm-source");
        source.getElement().setAttribute("lang", context.sourceLocale());
        source.getElement().setAttribute("dir", MatchesTab.direction(context.sourceLocale()));
        Div target = MarkedText.of(hit.target(), ranges(hit, "target"), "tm-hit");
        target.addClassName("tm-target");
        target.getElement().setAttribute("lang", context.locale());
        target.getElement().setAttribute("dir", MatchesTab.direction(context.locale()));
        String origin = hit.memory().name()
                + (hit.changedBy() == null ? "" : " · " + hit.changedBy())
                + (hit.changedAt() == null ? "" : " · " + MatchesTab.time(hit.changedAt()));
        Div entry = new Div(MatchesTab.meta(origin), source, target);
        entry.addClassName("tm-concordance-hit");
        return entry;
    }

    private static List<MarkedText.Range> ranges(Hit hit, String field) {
        return hit.highlights().stream()
                .filter(h -> h.field().equals(field))
                .map(h -> new MarkedText.Range(h.start(), h.end()))
                .toList();
    }

    private static Span note(String text) {
        Span note = new Span(text);
        note.addClassName("tm-none");
        return note;
    }
}
