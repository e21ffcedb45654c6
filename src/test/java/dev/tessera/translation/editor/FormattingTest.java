package dev.tessera.translation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.glossary.TermMention;
import dev.tessera.project.CodeLabel;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.TranslationStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's code tags say what they are; the reading pane shows an article's structure and formatting. */
class FormattingTest extends EditorUiTest {

    static final CodeLabel BOLD = new CodeLabel("bold", "");
    static final CodeLabel ITALIC = new CodeLabel("italic", "");

    @Test
    void tagsInTheGridAndTheLegendSayWhatTheirCodesAre() {
        List<CodeLabel> codes = List.of(BOLD, new CodeLabel("link", "https://example.org/a?b=1&c=2"));
        assertThat(TermMarkup.display("A \uE400b\uE800 \uE401c\uE801", codes))
                .isEqualTo("A <span class=\"code\" title=\"bold\">&lt;1&gt;</span>b"
                        + "<span class=\"code\" title=\"bold\">&lt;/1&gt;</span> "
                        + "<span class=\"code\" title=\"link to https://example.org/a?b=1&amp;c=2\">&lt;2&gt;</span>c"
                        + "<span class=\"code\" title=\"link to https://example.org/a?b=1&amp;c=2\">&lt;/2&gt;</span>");
        assertThat(TermMarkup.display("\uE005", codes))
                .as("a code the segment does not describe")
                .contains("title=\"Inline code\"");
        assertThat(CodeTags.legend(
                                "China\u2019s \uE400CPEC\uE800 projects\uE001.",
                                List.of(BOLD, new CodeLabel("line-break", "")))
                        .getElement()
                        .getOuterHTML()
                        .replaceAll("\\s+", ""))
                .contains("&lt;1&gt;…&lt;/1&gt;</span>bold")
                .contains("&lt;2/&gt;</span>linebreak");
    }

    @Test
    void formattingIsRenderedAndAlwaysNests() {
        TermMention cpec = new TermMention("CPEC", 9, 13, 1, List.of("CECP"), List.of());
        assertThat(FormattedText.html("China's \uE400CPEC\uE800 projects", List.of(BOLD), List.of(cpec)))
                .isEqualTo("China&#39;s <b><span class=\"term\">CPEC</span></b> projects");
        assertThat(FormattedText.html("\uE400a\uE401b\uE800c\uE801", List.of(BOLD, ITALIC), List.of()))
                .as("a pair closed across another")
                .isEqualTo("<b>a<i>b</i></b><i>c</i>");
        assertThat(FormattedText.html("\uE400open and a stray\uE801 end", List.of(BOLD, ITALIC), List.of()))
                .isEqualTo("<b>open and a stray end</b>");
        assertThat(FormattedText.html(
                        "See \uE400the report\uE800\uE001\uE002",
                        List.of(
                                new CodeLabel("link", "https://example.org/r"),
                                new CodeLabel("line-break", ""),
                                new CodeLabel("footnote", "")),
                        List.of()))
                .isEqualTo("See <a class=\"link\" title=\"link to https://example.org/r\">the report</a><br>"
                        + "<span class=\"code\" title=\"footnote\">&lt;3/&gt;</span>");
        TermMention across = new TermMention("China's CPEC", 0, 13, 1, List.of(), List.of());
        assertThat(FormattedText.html("China's \uE400CPEC\uE800", List.of(BOLD), List.of(across)))
                .as("a term that holds a code is not underlined")
                .isEqualTo("China&#39;s <b>CPEC</b>");
    }

    @Test
    void theReadingPaneShowsTheArticlesStructure() {
        ReadingPane pane = new ReadingPane();
        pane.configure("en", false, "fr", false);
        pane.setOutline(List.of("h1", "p", "li", "li", "cell", "cell", "quote"));
        List<SegmentRow> rows = List.of(
                row(1, 1, "Envoys meet", null),
                row(2, 2, "China's \uE400CPEC\uE800 projects.", "Les projets du \uE400CECP\uE800."),
                row(3, 2, "Amb.", null),
                row(4, 3, "Security", null),
                row(5, 4, "Training", null),
                row(6, 5, "Gwadar", null),
                row(7, 6, "2015", null),
                row(8, 7, "A quote.", null));
        pane.render(rows, false, null);
        String source = pane.getElement().getProperty("innerHTML");
        assertThat(source)
                .contains("<h1><span class=\"seg st-untranslated\" data-id=\"1\">Envoys meet</span> </h1><p>")
                .contains(
                        ">China&#39;s <b>CPEC</b> projects.</span> <span class=\"seg st-untranslated\" data-id=\"3\">")
                .contains("</p><ul><li><span")
                .contains("</li></ul><div class=\"article-table\"><div class=\"article-cell\"><span")
                .contains("</div></div><blockquote><span")
                .endsWith("</blockquote></article>");
        pane.render(rows, true, 2L);
        assertThat(pane.getElement().getProperty("innerHTML"))
                .contains("data-id=\"2\">Les projets du <b>CECP</b>.</span>")
                .contains("data-id=\"3\" lang=\"en\" dir=\"ltr\">Amb.</span>");
    }

    private static SegmentRow row(long id, int paragraph, String source, String target) {
        return new SegmentRow(
                id,
                (int) id,
                paragraph,
                true,
                source,
                target,
                target == null ? TranslationStatus.UNTRANSLATED : TranslationStatus.TRANSLATED,
                target == null ? 0 : 1,
                false,
                null,
                List.of(),
                List.of(),
                source.indexOf('\uE400') >= 0 ? List.of(BOLD) : List.of());
    }
}
