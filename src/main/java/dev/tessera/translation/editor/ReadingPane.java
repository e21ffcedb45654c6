package dev.tessera.translation.editor;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import dev.tessera.translation.SegmentRow;
import java.util.List;
import java.util.Locale;

/**
 * The whole article as a reader sees it, one element rendered once: paragraphs of sentences tinted by status,
 * the active one outlined. A click on a sentence asks the editor to jump to its segment. It shows the source, or
 * the translated article (targets in place, the source where there is none yet). An article with structure (HTML,
 * Markdown) shows its headings, lists, tables and inline formatting; a plain text shows paragraphs.
 */
class ReadingPane extends Div {

    private static final String CLICKED_ID = "event.target.closest('[data-id]')?.dataset.id";

    private boolean translated;
    private String sourceLang = "en";
    private String targetLang = "en";
    private boolean targetRtl;
    private boolean sourceRtl;
    private List<String> outline = List.of();

    ReadingPane() {
        addClassName("reading-pane");
        setId("reading-pane");
        getElement()
                .addEventListener("click", event -> {
                    var id = event.getEventData().get(CLICKED_ID);
                    if (id != null && id.isString() && id.asString().matches("\\d{1,18}")) {
                        fireEvent(new SentenceClicked(this, Long.parseLong(id.asString())));
                    }
                })
                .addEventData(CLICKED_ID);
    }

    void configure(String sourceLang, boolean sourceRtl, String targetLang, boolean targetRtl) {
        this.sourceLang = sourceLang;
        this.sourceRtl = sourceRtl;
        this.targetLang = targetLang;
        this.targetRtl = targetRtl;
    }

    /** What each paragraph of the document is ({@code h1}, {@code li}, {@code cell}…); empty for plain text. */
    void setOutline(List<String> outline) {
        this.outline = List.copyOf(outline);
    }

    boolean isTranslated() {
        return translated;
    }

    /** Renders the article from all segments in order. */
    void render(List<SegmentRow> rows, boolean showTranslation, Long activeId) {
        this.translated = showTranslation;
        StringBuilder html = new StringBuilder(rows.size() * 160);
        String lang = translated ? targetLang : sourceLang;
        html.append("<article lang=\"")
                .append(lang)
                .append("\" dir=\"")
                .append((translated ? targetRtl : sourceRtl) ? "rtl" : "ltr")
                .append("\">");
        if (outline.isEmpty()) {
            paragraphs(html, rows, activeId);
        } else {
            html.append(ArticleBlocks.html(
                    rows, outline, row -> sentence(row, activeId != null && activeId == row.id())));
        }
        html.append("</article>");
        getElement().setProperty("innerHTML", html.toString());
        getElement().executeJs("this.__active = null");
        getElement().setAttribute("data-mode", translated ? "translated" : "source");
    }

    private void paragraphs(StringBuilder html, List<SegmentRow> rows, Long activeId) {
        boolean open = false;
        for (SegmentRow row : rows) {
            if (row.paragraphStart() || !open) {
                if (open) {
                    html.append("</p>");
                }
                html.append("<p>");
                open = true;
            }
            html.append(sentence(row, activeId != null && activeId == row.id())).append(' ');
        }
        if (open) {
            html.append("</p>");
        }
    }

    /** Updates one sentence after its translation changed. */
    void update(SegmentRow row) {
        boolean fallback = translated && isUntranslated(row);
        getElement()
                .executeJs(
                        "const el = this.querySelector('[data-id=\"' + $0 + '\"]');"
                                + " if (el) { el.className = $1 + (el.classList.contains('active') ? ' active' : '');"
                                + " if ($2 !== null) { el.innerHTML = $2;"
                                + " if ($3) { el.setAttribute('lang', $3); el.setAttribute('dir', $4); }"
                                + " else { el.removeAttribute('lang'); el.removeAttribute('dir'); } } }",
                        String.valueOf(row.id()),
                        classes(row, false),
                        translated ? text(row) : null,
                        fallback ? sourceLang : null,
                        sourceRtl ? "rtl" : "ltr");
    }

    void highlight(long segmentId) {
        // Remembers the outlined sentence instead of searching the whole article, and scrolls only when it is out of
        // view: on a long article both are what a keystroke would otherwise wait for.
        getElement()
                .executeJs(
                        "const prev = this.__active || this.querySelector('.seg.active');"
                                + " if (prev) prev.classList.remove('active');"
                                + " const el = this.querySelector('[data-id=\"' + $0 + '\"]'); this.__active = el;"
                                + " if (el) { el.classList.add('active'); const r = el.getBoundingClientRect(), p = this.getBoundingClientRect();"
                                + " if (r.top < p.top || r.bottom > p.bottom) el.scrollIntoView({block: 'nearest'}); }",
                        String.valueOf(segmentId));
    }

    Registration addSentenceClickedListener(ComponentEventListener<SentenceClicked> listener) {
        return addListener(SentenceClicked.class, listener);
    }

    private String sentence(SegmentRow row, boolean active) {
        // Source shown in place of a missing translation keeps its own language and direction; the source shows its
        // glossary terms.
        String lang = translated && isUntranslated(row)
                ? " lang=\"" + sourceLang + "\" dir=\"" + (sourceRtl ? "rtl" : "ltr") + "\""
                : "";
        return "<span class=\"" + classes(row, active) + "\" data-id=\"" + row.id() + "\"" + lang + ">" + text(row)
                + "</span>";
    }

    /** The sentence's text as HTML: the target (or the source in its place), or the source with its terms. */
    private String text(SegmentRow row) {
        if (!outline.isEmpty()) {
            return FormattedText.html(
                    translated ? shown(row) : row.source(), row.codes(), translated ? List.of() : row.terms());
        }
        return translated
                ? TermMarkup.display(shown(row), row.codes())
                : TermMarkup.html(row.source(), row.terms(), row.codes(), false);
    }

    private static String shown(SegmentRow row) {
        return isUntranslated(row) ? row.source() : row.target();
    }

    private static boolean isUntranslated(SegmentRow row) {
        return row.target() == null || row.target().isEmpty();
    }

    private static String classes(SegmentRow row, boolean active) {
        return "seg st-" + row.status().name().toLowerCase(Locale.ROOT) + (active ? " active" : "");
    }

    /** A person clicked a sentence of the article. */
    static class SentenceClicked extends ComponentEvent<ReadingPane> {

        private final long segmentId;

        SentenceClicked(ReadingPane source, long segmentId) {
            super(source, true);
            this.segmentId = segmentId;
        }

        long segmentId() {
            return segmentId;
        }
    }
}
