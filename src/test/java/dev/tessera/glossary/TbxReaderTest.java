package dev.tessera.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TbxReaderTest {

    @Test
    void readsTbxV2WithStatusesNotesAndAnExternalDoctypeThatIsNeverFetched() {
        GlossaryFile file = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE martif SYSTEM "http://example.invalid/TBXcoreStructV02.dtd">
                <martif type="TBX" xml:lang="en"><text><body>
                  <termEntry id="cpec">
                    <descrip type="definition">China–Pakistan Economic Corridor</descrip>
                    <langSet xml:lang="en"><tig><term>CPEC</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
                    <langSet xml:lang="zh-hans">
                      <tig><term>中巴经济走廊</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                      <ntig><termGrp><term>中巴走廊</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
                    </langSet>
                    <langSet xml:lang="ur"><tig><term>چین پاکستان اقتصادی راہداری</term></tig><tig><term>سی پیک</term><note>informal</note></tig></langSet>
                  </termEntry>
                </body></text></martif>
                """);
        assertThat(file.concepts()).hasSize(1);
        ParsedConcept cpec = file.concepts().getFirst();
        assertThat(cpec.id()).isEqualTo("cpec");
        assertThat(cpec.definition()).isEqualTo("China–Pakistan Economic Corridor");
        assertThat(cpec.terms())
                .extracting(ParsedTerm::locale, ParsedTerm::text, ParsedTerm::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("en", "CPEC", TermStatus.PREFERRED),
                        org.assertj.core.groups.Tuple.tuple("zh-Hans", "中巴经济走廊", TermStatus.PREFERRED),
                        org.assertj.core.groups.Tuple.tuple("zh-Hans", "中巴走廊", TermStatus.FORBIDDEN),
                        org.assertj.core.groups.Tuple.tuple("ur", "چین پاکستان اقتصادی راہداری", TermStatus.PREFERRED),
                        org.assertj.core.groups.Tuple.tuple("ur", "سی پیک", TermStatus.ADMITTED));
        assertThat(cpec.terms().getFirst().partOfSpeech()).isEqualTo("noun");
        assertThat(cpec.terms().getLast().note()).isEqualTo("informal");
    }

    @Test
    void readsTbxV3InBothDataCategoryStyles() {
        GlossaryFile file = read("""
                <?xml version="1.0"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <text><body>
                    <conceptEntry id="jcc">
                      <langSec xml:lang="en"><termSec><term>JCC</term></termSec></langSec>
                      <langSec xml:lang="zh-Hans">
                        <termSec><term>联合合作委员会</term><termNote type="administrativeStatus">preferred</termNote></termSec>
                        <termSec><term>联委会</term><termNote type="administrativeStatus">admitted</termNote></termSec>
                      </langSec>
                    </conceptEntry>
                    <conceptEntry id="etim" xmlns:basic="http://www.tbxinfo.net/ns/basic">
                      <descrip type="subjectField">security</descrip>
                      <langSec xml:lang="fr"><termSec><term>MITO</term><basic:administrativeStatus>obsolete</basic:administrativeStatus></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """);
        assertThat(file.concepts()).extracting(ParsedConcept::id).containsExactly("jcc", "etim");
        assertThat(file.concepts().getFirst().terms())
                .extracting(ParsedTerm::status)
                .containsExactly(TermStatus.PREFERRED, TermStatus.PREFERRED, TermStatus.ADMITTED);
        assertThat(file.concepts().getLast().domain()).isEqualTo("security");
        assertThat(file.concepts().getLast().terms().getFirst().status()).isEqualTo(TermStatus.FORBIDDEN);
    }

    @Test
    void aTransferCommentSayingDoNotTranslateMarksTheConcept() {
        GlossaryFile file = read("""
                <martif><text><body>
                  <termEntry id="aukus"><descrip type="transferComment">Do not translate</descrip>
                    <langSet xml:lang="en"><tig><term>AUKUS</term></tig></langSet></termEntry>
                  <termEntry id="quad"><langSet xml:lang="en"><tig><term>Quad</term></tig></langSet></termEntry>
                </body></text></martif>
                """);
        assertThat(file.concepts()).extracting(ParsedConcept::doNotTranslate).containsExactly(true, false);
    }

    @Test
    void unknownLocalesAndEmptyConceptsAreWarnedAboutNotFatal() {
        GlossaryFile file = read("""
                <martif><text><body>
                  <termEntry id="a"><langSet xml:lang="qqq-invalid-tag-xx"><tig><term>x</term></tig></langSet></termEntry>
                  <termEntry id="b"><langSet xml:lang="fr"><tig><term>Kaboul</term><termNote type="administrativeStatus">odd</termNote></tig></langSet></termEntry>
                </body></text></martif>
                """);
        assertThat(file.concepts()).extracting(ParsedConcept::id).containsExactly("b");
        assertThat(file.warnings()).hasSize(3).allMatch(w -> w.startsWith("Line "));
    }

    @Test
    void hostileAndBrokenFilesAreRefusedQuicklyWithThePlace() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE martif [
                  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                ]>
                <martif><text><body><termEntry id="x"><langSet xml:lang="en"><tig><term>&c;</term></tig></langSet></termEntry></body></text></martif>
                """;
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE martif [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&secret;</term></tig></langSet></termEntry></body></text></martif>
                """;
        String undeclared =
                "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&nope;</term></tig></langSet></termEntry></body></text></martif>";
        long start = System.nanoTime();
        for (String hostile : new String[] {laughs, external, undeclared}) {
            assertThatThrownBy(() -> read(hostile))
                    .isInstanceOf(GlossaryFormatException.class)
                    .hasMessageContaining("Line ");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThatThrownBy(() -> read("<martif><text>"))
                .isInstanceOf(GlossaryFormatException.class)
                .hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> read("<html><body/></html>"))
                .isInstanceOf(GlossaryFormatException.class)
                .hasMessageContaining("not TBX");
        assertThatThrownBy(() -> read("")).isInstanceOf(GlossaryFormatException.class);
    }

    static GlossaryFile read(String xml) {
        return TbxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCaseSensitivitySetByHandSurvivesTheTbxRoundTrip() {
        java.util.List<ConceptView> concepts = java.util.List.of(new ConceptView(
                1L,
                "x",
                null,
                null,
                null,
                false,
                java.util.List.of(
                        new TermView("en", "NATO", TermStatus.PREFERRED, false, null),
                        new TermView("en", "Kabul", TermStatus.ADMITTED, true, null),
                        new TermView("en", "Quad", TermStatus.ADMITTED, false, null))));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TbxWriter.write("g", concepts, TbxWriter.Version.V2, out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .containsOnlyOnce("x-tessera-caseSensitive\">no")
                .containsOnlyOnce("x-tessera-caseSensitive\">yes");
        GlossaryFile file = TbxReader.read(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(file.concepts().getFirst().terms())
                .extracting(ParsedTerm::caseSensitive)
                .containsExactly(false, true, null);
    }

    @Test
    void aFirstUseRuleSurvivesTbxAndCsvRoundTrips() {
        java.util.List<ConceptView> concepts = java.util.List.of(
                new ConceptView(
                        1L,
                        "cpec",
                        null,
                        null,
                        null,
                        false,
                        FirstUse.EXPAND_WITH_SHORT,
                        java.util.List.of(new TermView("en", "CPEC", TermStatus.PREFERRED, true, null))),
                new ConceptView(
                        2L,
                        "jcc",
                        null,
                        null,
                        null,
                        false,
                        FirstUse.EXPAND,
                        java.util.List.of(new TermView("en", "JCC", TermStatus.PREFERRED, true, null))),
                new ConceptView(
                        3L,
                        "kabul",
                        null,
                        null,
                        null,
                        false,
                        java.util.List.of(new TermView("en", "Kabul", TermStatus.PREFERRED, false, null))));
        for (TbxWriter.Version version : TbxWriter.Version.values()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            TbxWriter.write("g", concepts, version, out);
            assertThat(TbxReader.read(new java.io.ByteArrayInputStream(out.toByteArray()))
                            .concepts())
                    .extracting(ParsedConcept::firstUse)
                    .containsExactly(FirstUse.EXPAND_WITH_SHORT, FirstUse.EXPAND, null);
        }
        String csv = new String(CsvGlossaryWriter.write(concepts), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("id,en,status,definition,note,domain,doNotTranslate,firstUse\r\n");
        assertThat(CsvGlossaryReader.read(csv).concepts())
                .extracting(ParsedConcept::firstUse)
                .containsExactly(FirstUse.EXPAND_WITH_SHORT, FirstUse.EXPAND, null);
        assertThat(FirstUse.read("Expand on first mention")).isEqualTo(FirstUse.EXPAND);
        assertThat(FirstUse.read("do not translate")).isNull();
    }
}
