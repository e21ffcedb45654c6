package dev.tessera.translation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.glossary.TermMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermMarkupTest {

    @Test
    void termsAreWrappedAndEverythingElseEscaped() {
        String source = "<b>CPEC</b> & \"JCC's\" 'plan'";
        List<TermMention> terms = List.of(
                new TermMention("CPEC", 3, 7, 1, List.of("中巴经济走廊"), List.of("中巴走廊")),
                new TermMention("JCC", 15, 18, 2, List.of("\"><script>x</script>"), List.of()));
        assertThat(TermMarkup.html(source, terms, List.of()))
                .isEqualTo(
                        "&lt;b&gt;<span class=\"term\" data-concept=\"1\" title=\"中巴经济走廊 · not 中巴走廊\">CPEC</span>&lt;/b&gt;"
                                + " &amp; &quot;<span class=\"term\" data-concept=\"2\" title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">JCC</span>"
                                + "&#39;s&quot; &#39;plan&#39;");
    }

    @Test
    void aTermWithoutRenderingsSaysSo() {
        assertThat(TermMarkup.title(new TermMention("Quad", 0, 4, 3, List.of(), List.of())))
                .isEqualTo("no rendering in this language");
        assertThat(TermMarkup.html("Quad", List.of(new TermMention("Quad", 0, 9, 3, List.of(), List.of())), List.of()))
                .as("a mention past the end is left out")
                .isEqualTo("Quad");
    }
}
