package dev.tessera.formats;

import static dev.tessera.formats.HtmlFilterTest.pseudoTranslated;
import static dev.tessera.formats.HtmlFilterTest.tagged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.CodeMarkers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class DocxFilterTest {

    static final char OPEN = CodeMarkers.marker(CodeMarkers.Kind.OPEN, 0);
    static final char CLOSE = CodeMarkers.marker(CodeMarkers.Kind.CLOSE, 0);

    private final DocxFilter filter = new DocxFilter();

    @Test
    void readsParagraphsCellsHeadersAndFootnotesWithoutWordsNoise() {
        List<Block> blocks = filter.read(TestDocx.article());

        assertThat(tagged(blocks))
                .containsExactly(
                        "Why China and Pakistan coordinate against terrorists",
                        "In recent years, the global and regional structure has undergone major changes. China's"
                                + " <1>CPEC</1> projects are at the heart of it.<2/> Read more in the <3>Global"
                                + " Times</3>.",
                        "Page <1/> of the report&notes.",
                        "Gwadar port",
                        "Amb. Smith met the minister.<1/>He stayed two days.",
                        "The map <1/> shows the route.",
                        "Route of the corridor",
                        "Global Times, opinion",
                        "The corridor links Kashgar to the port of Gwadar.");
        assertThat(blocks.stream().map(Block::role))
                .containsExactly("h1", "p", "p", "cell", "p", "p", "p", "attribute", "note");
        Block body = blocks.get(1);
        assertThat(body.codes().stream().map(InlineCode::name)).containsExactly("b", "footnote", "a");
        assertThat(CodeKind.of(body.codes().get(2)).detail()).isEqualTo("http://www.globaltimes.cn/");
    }

    @Test
    void aPseudoTranslationGivesBackEveryPartUnchanged() {
        byte[] original = TestDocx.article();

        Map<String, byte[]> written = TestDocx.unzip(pseudoTranslated(filter, original, null));

        Map<String, byte[]> parts = TestDocx.unzip(original);
        assertThat(written.keySet()).containsExactlyElementsOf(parts.keySet());
        parts.forEach((name, content) -> assertThat(written.get(name)).as(name).isEqualTo(content));
    }

    @Test
    void aTranslationIsWrittenAsRunsWithItsFormattingAndLanguage() throws Exception {
        byte[] original = TestDocx.article();
        List<Block> blocks = filter.read(original);
        Block body = blocks.get(1);
        int firstEnd = body.text().indexOf("changes.") + "changes.".length();
        char footnote = CodeMarkers.marker(CodeMarkers.Kind.STANDALONE, 1);
        char link = CodeMarkers.marker(CodeMarkers.Kind.OPEN, 2);
        char linkEnd = CodeMarkers.marker(CodeMarkers.Kind.CLOSE, 2);
        List<Replacement> replacements = List.of(
                new Replacement(0, 0, blocks.get(0).text().length(), "Pourquoi la Chine et le Pakistan coopèrent"),
                new Replacement(
                        1,
                        firstEnd + 1,
                        body.text().length(),
                        "Les projets du " + OPEN + "CECP" + CLOSE
                                + " de la Chine en sont le cœur." + footnote + " Lire la suite dans le " + link
                                + "Global Times"
                                + linkEnd + "."),
                new Replacement(
                        2,
                        0,
                        blocks.get(2).text().length(),
                        "Page " + CodeMarkers.marker(CodeMarkers.Kind.STANDALONE, 0) + " du rapport & notes."),
                new Replacement(4, 0, "Amb. Smith met the minister.".length(), "L'amb. Smith a rencontré le ministre."),
                new Replacement(
                        5,
                        0,
                        blocks.get(5).text().length(),
                        "La carte " + CodeMarkers.marker(CodeMarkers.Kind.STANDALONE, 0) + " montre la route."),
                new Replacement(6, 0, blocks.get(6).text().length(), "Tracé du corridor"),
                new Replacement(8, 0, blocks.get(8).text().length(), "Le corridor relie Kachgar au port de Gwadar."));

        Written written = filter.write(original, replacements, "fr");

        Map<String, byte[]> parts = TestDocx.unzip(written.content());
        for (String part : List.of("word/document.xml", "word/footnotes.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get(part)));
        }
        String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        assertThat(document)
                .contains("<w:t xml:space=\"preserve\">CECP</w:t>")
                .contains("<w:rPr><w:b/><w:lang w:val=\"fr-FR\"/></w:rPr>")
                .contains("<w:fldChar w:fldCharType=\"begin\"/>")
                .contains("du rapport &amp; notes.")
                .contains("<w:vanish/></w:rPr><w:t>Hidden editor note.</w:t>")
                .contains("<w:hyperlink r:id=\"rId4\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/>")
                .contains("In recent years, the global and regional </w:t>")
                .as("a text box inside a translated sentence is translated too")
                .as("a run whose whole text is replaced leaves no empty run behind")
                .contains(
                        "<w:txbxContent><w:p><w:r><w:rPr><w:lang w:val=\"fr-FR\"/></w:rPr><w:t xml:space=\"preserve\">"
                                + "Tracé du corridor</w:t></w:r></w:p></w:txbxContent>")
                .doesNotContain("<w:t></w:t>", "<w:t xml:space=\"preserve\"></w:t>")
                .contains("</w:drawing></w:r><w:r><w:rPr><w:lang w:val=\"fr-FR\"/></w:rPr><w:t xml:space=\"preserve\">"
                        + " montre la route.</w:t></w:r>");
        assertThat(written.repaired()).isEmpty();
        assertThat(Pandoc.text(written.content()))
                .contains("Pourquoi la Chine et le Pakistan coopèrent")
                .contains("Les projets du **CECP** de la Chine en sont le cœur.")
                .contains("[Global Times](http://www.globaltimes.cn/)")
                .contains("L\\'amb. Smith a rencontré le ministre.\\\nHe stayed two days.")
                .contains("Le corridor relie Kachgar au port de Gwadar.");
    }

    @Test
    void urduParagraphsAndRunsAreRightToLeft() {
        Written written = wholeBlockTranslated(0, "چین اور پاکستان", "ur");

        assertThat(document(written))
                .contains("<w:pPr><w:pStyle w:val=\"Heading1\"/><w:bidi/></w:pPr>")
                .contains("<w:r><w:rPr><w:rtl/><w:lang w:bidi=\"ur-PK\"/></w:rPr><w:t xml:space=\"preserve\">چین اور"
                        + " پاکستان</w:t></w:r>");
    }

    @Test
    void chineseRunsAreMarkedEastAsian() {
        Written written = wholeBlockTranslated(3, "瓜达尔港", "zh-Hans");

        assertThat(document(written))
                .contains("<w:r><w:rPr><w:lang w:eastAsia=\"zh-CN\"/></w:rPr><w:t xml:space=\"preserve\">瓜达尔港</w:t>"
                        + "</w:r>");
        assertThat(Pandoc.text(written.content())).contains("瓜达尔港");
    }

    /** The test article with one block's whole text translated. */
    private Written wholeBlockTranslated(int block, String target, String locale) {
        byte[] original = TestDocx.article();
        int length = filter.read(original).get(block).text().length();
        return filter.write(original, List.of(new Replacement(block, 0, length, target)), locale);
    }

    private static String document(Written written) {
        return new String(TestDocx.unzip(written.content()).get("word/document.xml"), StandardCharsets.UTF_8);
    }

    @Test
    void badPackagesAreRefused() {
        assertThatThrownBy(() -> filter.read("not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("not a DOCX");
        assertThatThrownBy(() -> filter.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
                .hasMessageContaining("encrypted");
        Map<String, byte[]> parts = TestDocx.unzip(TestDocx.article());
        parts.put("word/vbaProject.bin", new byte[] {1});
        assertThatThrownBy(() -> filter.read(TestDocx.rezip(parts))).hasMessageContaining("macros");
        parts.remove("word/vbaProject.bin");
        parts.put(
                "word/document.xml",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><w:document/>"
                        .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> filter.read(TestDocx.rezip(parts))).hasMessageContaining("DOCTYPE");
        parts.put("word/document.xml", "<w:document><w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> filter.read(TestDocx.rezip(parts))).hasMessageContaining("not well-formed");
        parts.remove("word/document.xml");
        assertThatThrownBy(() -> filter.read(TestDocx.rezip(parts))).hasMessageContaining("no word/document.xml");
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("word/document.xml", new byte[200 * 1024 * 1024]);
        assertThatThrownBy(() -> filter.read(TestDocx.rezip(bomb)))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("ZIP bomb");
    }
}
