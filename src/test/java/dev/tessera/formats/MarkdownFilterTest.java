package dev.tessera.formats;

import static dev.tessera.formats.HtmlFilterTest.pseudoTranslated;
import static dev.tessera.formats.HtmlFilterTest.resource;
import static dev.tessera.formats.HtmlFilterTest.tagged;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.shared.CodeMarkers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownFilterTest {

    private final MarkdownFilter filter = new MarkdownFilter();

    @Test
    void readsParagraphsHeadingsCellsAndFrontMatterWithInlineCodes() {
        List<Block> blocks = filter.read(resource("article.md"));

        assertThat(tagged(blocks))
                .containsExactly(
                        "Why China and Pakistan coordinate against terrorists",
                        "An opinion piece on regional stability",
                        "Why is it essential for China, Pakistan to enhance coordination against terrorists?",
                        "Soldiers from China and Pakistan during a joint training",
                        "A joint training",
                        "In recent years, the global and regional structure has undergone major changes. China's"
                                + " <1>CPEC</1> projects are at the heart of it.",
                        "The <1>Global Times</1> asked three experts & a diplomat.<2/>Their answers follow, see"
                                + " <3>the report</3>.",
                        "Full report",
                        "Security of the <1>China-Pakistan Economic Corridor</1>",
                        "Cooperation against terrorism",
                        "Joint training",
                        "Project",
                        "Year",
                        "Gwadar port",
                        "Type <1/> to read the data, or visit <2/>.");
        assertThat(blocks.get(5).codes()).singleElement().satisfies(code -> {
            assertThat(code.open()).isEqualTo("**");
            assertThat(code.close()).isEqualTo("**");
        });
    }

    @Test
    void aPseudoTranslationGivesBackTheFileByteForByte() {
        byte[] original = resource("article.md");
        assertThat(pseudoTranslated(filter, original, "fr")).isEqualTo(original);
    }

    @Test
    void aTranslationIsWrittenWithItsMarkupAndEscapes() {
        byte[] original = resource("article.md");
        List<Block> blocks = filter.read(original);
        char open = CodeMarkers.marker(CodeMarkers.Kind.OPEN, 0);
        char close = CodeMarkers.marker(CodeMarkers.Kind.CLOSE, 0);
        List<Replacement> replacements = List.of(
                new Replacement(0, 0, blocks.get(0).text().length(), "Pourquoi \"la Chine\" et le Pakistan"),
                new Replacement(1, 0, blocks.get(1).text().length(), "Un point de vue : la stabilité"),
                new Replacement(
                        5,
                        0,
                        blocks.get(5).text().length(),
                        "Les projets du " + open + "CECP" + close + " de la Chine sont au cœur *des* changements."),
                new Replacement(7, 0, blocks.get(7).text().length(), "Rapport \"complet\""));

        String markdown = new String(filter.write(original, replacements, "fr").content(), StandardCharsets.UTF_8);

        assertThat(markdown)
                .startsWith("---\ntitle: \"Pourquoi \\\"la Chine\\\" et le Pakistan\"\n"
                        + "description: \"Un point de vue : la stabilité\"\ndate: 2021-10-02\n---\n")
                .contains("\nLes projets du **CECP** de la Chine sont au cœur \\*des\\* changements.\n\n> The")
                .contains("[the report](https://example.org/report \"Rapport \\\"complet\\\"\")")
                .contains("```python\nprint(\"Nothing here is translated.\")\n```");
    }

    @Test
    void chineseAndUrduTranslationsKeepTheMarkup() {
        byte[] original = resource("article.md");
        List<Block> blocks = filter.read(original);
        char open = CodeMarkers.marker(CodeMarkers.Kind.OPEN, 0);
        char close = CodeMarkers.marker(CodeMarkers.Kind.CLOSE, 0);
        Replacement chinese =
                new Replacement(5, 0, blocks.get(5).text().length(), "中国的" + open + "中巴经济走廊" + close + "项目是其核心。");
        Replacement urdu = new Replacement(
                8, 0, blocks.get(8).text().length(), open + "چین پاکستان اقتصادی راہداری" + close + " کی سلامتی");

        String zh =
                new String(filter.write(original, List.of(chinese), "zh-Hans").content(), StandardCharsets.UTF_8);
        String ur = new String(filter.write(original, List.of(urdu), "ur").content(), StandardCharsets.UTF_8);

        assertThat(zh).contains("\n中国的**中巴经济走廊**项目是其核心。\n\n> The");
        assertThat(ur).contains("\n- **چین پاکستان اقتصادی راہداری** کی سلامتی\n- Cooperation");
    }
}
