package dev.tessera.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tessera.shared.CodeMarkers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlFilterTest {

    private final HtmlFilter filter = new HtmlFilter();

    static byte[] resource(String name) {
        try (InputStream in = HtmlFilterTest.class.getResourceAsStream("/formats/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every block "translated" by itself: a filter must give the file back unchanged. */
    static byte[] pseudoTranslated(FormatFilter filter, byte[] original, String locale) {
        List<Block> blocks = filter.read(original);
        List<Replacement> same = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            same.add(new Replacement(
                    i, 0, blocks.get(i).text().length(), blocks.get(i).text()));
        }
        return filter.write(original, same, locale).content();
    }

    static List<String> tagged(List<Block> blocks) {
        return blocks.stream().map(b -> CodeMarkers.toTags(b.text())).toList();
    }

    @Test
    void readsTheBlocksPeopleReadWithInlineCodes() {
        List<Block> blocks = filter.read(resource("article.html"));

        assertThat(tagged(blocks))
                .containsExactly(
                        "Why China and Pakistan coordinate against terrorists",
                        "An opinion piece on regional stability & the CPEC.",
                        "Published: Oct 02, 2021 07:05 PM",
                        "Why is it essential for China, Pakistan to enhance coordination against terrorists?",
                        "Soldiers from China and Pakistan during a joint training",
                        "Soldiers prepare to conduct an assault. File photo: <1>81.cn</1>",
                        "The PLA's site",
                        "In recent years, the global and regional structure has undergone major changes. China's"
                                + " <1>CPEC</1> projects are at the heart of it.",
                        "The <1/> asked <2>three experts</2> & a diplomat.<3/>Their answers follow.",
                        "Security of the <1>China-Pakistan Economic Corridor</1>",
                        "Cooperation against terrorism",
                        "Joint training",
                        "Project",
                        "Year",
                        "Gwadar port",
                        "Type <1/> to read the data, or ask <2>the desk</2>.",
                        "Search the archive");
        Block bold = blocks.get(7);
        assertThat(bold.codes()).singleElement().satisfies(code -> {
            assertThat(code.open()).isEqualTo("<b>");
            assertThat(code.close()).isEqualTo("</b>");
        });
    }

    @Test
    void aPseudoTranslationGivesBackTheFileByteForByte() {
        byte[] original = resource("article.html");
        assertThat(pseudoTranslated(filter, original, null)).isEqualTo(original);
    }

    @Test
    void aTranslationIsSplicedInWithItsCodesAndTheLanguageSet() {
        byte[] original = resource("article.html");
        List<Block> blocks = filter.read(original);
        Block bold = blocks.get(7);
        int firstEnd = bold.text().indexOf("changes.") + "changes.".length();
        char open = CodeMarkers.marker(CodeMarkers.Kind.OPEN, 0);
        char close = CodeMarkers.marker(CodeMarkers.Kind.CLOSE, 0);
        List<Replacement> replacements = List.of(
                new Replacement(
                        7,
                        firstEnd + 1,
                        bold.text().length(),
                        "Les projets du " + open + "CECP" + close + " de la Chine en sont au cœur."),
                new Replacement(6, 0, blocks.get(6).text().length(), "Le site de l'APL"),
                new Replacement(5, 0, blocks.get(5).text().length(), "Des soldats <b> " + open + "81.cn"));

        Written written = filter.write(original, replacements, "ur");
        String html = new String(written.content(), StandardCharsets.UTF_8);

        assertThat(html)
                .startsWith("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ur\">")
                .contains("major changes. Les projets du <b>CECP</b> de la Chine en sont au cœur.</p>")
                .contains("Des soldats &lt;b&gt; <a href=\"http://81.cn\" title=\"Le site de l&#39;APL\">81.cn</a>"
                        + "</figcaption>")
                .contains("<script>window.dataLayer = [];</script>");
        assertThat(written.repaired()).containsExactly(2);
    }

    @Test
    void sloppyHtmlIsReadAsABrowserReadsItAndComesBackUnchanged() {
        byte[] sloppy = ("<P class=lead>An <B>unclosed bold<P>and a <i>stray</B> end &copy 2021 &amp;c.\n"
                        + "<table><tr><td>Cell one<td>Cell <a href=x title=Map>two</a></table><!-- note")
                .getBytes(StandardCharsets.UTF_8);

        List<Block> blocks = filter.read(sloppy);

        assertThat(tagged(blocks)).contains("Cell one", "Map");
        assertThat(pseudoTranslated(filter, sloppy, null)).isEqualTo(sloppy);
        int map = tagged(blocks).indexOf("Map");
        String written = new String(
                filter.write(sloppy, List.of(new Replacement(map, 0, 3, "Plan du site")), "fr")
                        .content(),
                StandardCharsets.UTF_8);
        assertThat(written).contains("title=\"Plan du site\">two</a>");
    }

    @Test
    void aPageInItsOwnCharacterSetIsWrittenBackInIt() {
        java.nio.charset.Charset windows = java.nio.charset.Charset.forName("windows-1252");
        byte[] page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Café in Lahore.</p></body></html>"
                .getBytes(windows);

        List<Block> blocks = filter.read(page);

        assertThat(tagged(blocks)).containsExactly("Café in Lahore.");
        assertThat(pseudoTranslated(filter, page, null)).isEqualTo(page);
        byte[] chinese = filter.write(page, List.of(new Replacement(0, 0, 15, "拉合尔的咖啡馆。")), "zh-Hans")
                .content();
        assertThat(new String(chinese, windows))
                .as("characters the page's charset lacks become references")
                .contains("<html lang=\"zh-Hans\">")
                .contains("<p>&#25289;&#21512;&#23572;&#30340;&#21654;&#21857;&#39302;&#12290;</p>");
    }

    @Test
    void aFileThatNoLongerReadsAsTheReplacementsSayIsRefused() {
        byte[] original = resource("article.html");
        List<Block> blocks = filter.read(original);
        String title = blocks.get(0).text();

        assertThat(filter.write(original, List.of(new Replacement(0, 0, title.length(), "Titre", title)), "fr")
                        .content())
                .isNotEqualTo(original);
        assertThatThrownBy(() -> filter.write(
                        original, List.of(new Replacement(0, 0, title.length(), "Titre", "Another title")), "fr"))
                .isInstanceOfSatisfying(
                        dev.tessera.shared.ApiException.class,
                        e -> assertThat(e.getMessage()).contains("no longer reads"));
        assertThatThrownBy(() -> filter.write(original, List.of(new Replacement(99, 0, 1, "x", "y")), "fr"))
                .isInstanceOf(dev.tessera.shared.ApiException.class);
    }
}
