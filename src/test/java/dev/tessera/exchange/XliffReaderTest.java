package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tessera.formats.InlineCode;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Sentence;
import dev.tessera.support.RefusalTexts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class XliffReaderTest {

    @Test
    void segSourceGivesOneSegmentPerMarkWithItsTarget() {
        XliffFile file = read("""
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="a" source-language="en" target-language="de" datatype="plaintext"><body>
                <trans-unit id="t1"><source>One. Two.</source>
                <seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two <g id="g1">bold</g>.</mrk></seg-source>
                <target state="translated"><mrk mtype="seg" mid="2">Zwei <g id="g1">fett</g>.</mrk> <mrk mtype="seg" mid="1">Eins.</mrk></target>
                <alt-trans><target>ignored</target></alt-trans>
                </trans-unit></body></file></xliff>""");
        assertThat(file.units()).hasSize(2);
        assertThat(file.units().get(0).id()).isEqualTo("t1#1");
        assertThat(file.units().get(0).target().text()).isEqualTo("Eins.");
        assertThat(file.units().get(1).source().text()).isEqualTo("Two \uE400bold\uE800.");
        assertThat(file.units().get(1).target().text()).isEqualTo("Zwei \uE400fett\uE800.");
        assertThat(file.units().get(1).codes())
                .singleElement()
                .extracting(InlineCode::open)
                .isEqualTo("<g id=\"g1\">");
        assertThat(file.units().get(0).paragraph())
                .isEqualTo(file.units().get(1).paragraph());
    }

    @Test
    void xliff2SegmentsTermMarksAndWhitespace() {
        XliffFile file = read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en-US" trgLang="zh-CN">
                <file id="f"><unit id="u"><segment state="final"><source>The   <mrk id="m1" type="term">CPEC</mrk>
                grows.</source><target>中巴经济走廊在发展。</target></segment>
                <segment><source xml:space="preserve">  Kept  </source></segment></unit></file></xliff>""");
        assertThat(file.sourceLocale()).isEqualTo("en-US");
        assertThat(file.targetLocale()).isEqualTo("zh-CN");
        assertThat(file.units().get(0).source().text()).isEqualTo("The CPEC grows.");
        assertThat(file.units().get(0).state()).isEqualTo("final");
        assertThat(file.units().get(1).source().text()).isEqualTo("  Kept  ");
        assertThat(file.units().get(1).id()).isEqualTo("u#2");
    }

    @Test
    void whatIsPassedOverIsSaidInEveryLanguage() {
        XliffFile file = read("""
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:x="urn:example">
                <file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>
                <trans-unit id="t1" translate="no"><source>Keep</source></trans-unit>
                <trans-unit id="t2"><source>A <x:sparkle/>b</source><x:note>n</x:note></trans-unit>
                <trans-unit id="t3"><source>C<blink/></source></trans-unit>
                </body></file></xliff>""");
        assertThat(file.warnings()).hasSizeGreaterThanOrEqualTo(2);
        file.warnings().forEach((Sentence warning) -> RefusalTexts.assertSaidInEveryLanguage(warning));
        XliffFile empty = read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en">
                <file id="f"><unit id="u"/></file></xliff>""");
        assertThat(empty.warnings()).hasSize(1);
        RefusalTexts.assertSaidInEveryLanguage(empty.warnings().getFirst());
    }

    @Test
    void readersRefusalsAreSaidInEveryLanguage() {
        for (String xml : List.of(
                "<tmx/>",
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">"
                        + "<file id=\"f\"><unit id=\"u\"><segment id=\"s1\"/></unit></file></xliff>",
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">"
                        + "<file id=\"f\"><unit id=\"u\"><segment/></unit></file></xliff>")) {
            assertThatThrownBy(() -> read(xml))
                    .isInstanceOfSatisfying(
                            ApiException.class, (ApiException e) -> RefusalTexts.assertSaidInEveryLanguage(e));
        }
    }

    @Test
    void hostileAndForeignFilesAreRefused() {
        assertThatThrownBy(() -> read("<!DOCTYPE x [<!ENTITY e \"e\">]><xliff version=\"1.2\"/>"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("entities");
        assertThatThrownBy(() ->
                        read("<!DOCTYPE xliff SYSTEM \"x.dtd\"><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\""
                                + " version=\"2.0\" srcLang=\"en\"/>"))
                .hasMessageContaining("no DOCTYPE");
        assertThatThrownBy(() -> read("<tmx/>")).hasMessageContaining("not XLIFF");
        assertThatThrownBy(() -> read("<xliff version=\"1.2\"><file source-language=\"en\"><body>"
                        + "<trans-unit id=\"1\"><source>&x;</source></trans-unit></body></file></xliff>"))
                .hasMessageContaining("not well-formed");
    }

    private static XliffFile read(String xml) {
        return XliffReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
