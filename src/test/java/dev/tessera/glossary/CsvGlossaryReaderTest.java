package dev.tessera.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class CsvGlossaryReaderTest {

    @Test
    void readsTheLongBilingualShape() {
        GlossaryFile file = CsvGlossaryReader.read("""
                stringID,sourceLang,targetLang,pos,description,sourceString,targetString
                1,en,ur,noun,"A corridor, for trade.",CPEC,چین پاکستان اقتصادی راہداری
                2,en,zh_CN,noun,,"Quad ""security"" dialogue",四方安全对话
                """);
        assertThat(file.concepts()).hasSize(2);
        assertThat(file.concepts().getFirst().definition()).isEqualTo("A corridor, for trade.");
        assertThat(file.concepts().getFirst().terms())
                .extracting(ParsedTerm::locale, ParsedTerm::text, ParsedTerm::partOfSpeech)
                .containsExactly(
                        Tuple.tuple("en", "CPEC", "noun"), Tuple.tuple("ur", "چین پاکستان اقتصادی راہداری", "noun"));
        assertThat(file.concepts().getLast().terms())
                .extracting(ParsedTerm::locale, ParsedTerm::text)
                .containsExactly(Tuple.tuple("en", "Quad \"security\" dialogue"), Tuple.tuple("zh-CN", "四方安全对话"));
    }

    @Test
    void readsTheWideShapeWithStatusAndDefinition() {
        GlossaryFile file = CsvGlossaryReader.read("""
                \uFEFFid,en,zh-Hans,fr,status,definition
                kabul,Kabul,喀布尔,Kaboul,,Capital of Afghanistan
                taliban-old,Taliban,,Taleban,FORBIDDEN,
                """);
        assertThat(file.concepts()).extracting(ParsedConcept::id).containsExactly("kabul", "taliban-old");
        assertThat(file.concepts().getFirst().definition()).isEqualTo("Capital of Afghanistan");
        assertThat(file.concepts().getLast().terms())
                .extracting(ParsedTerm::locale, ParsedTerm::status)
                .containsExactly(Tuple.tuple("en", TermStatus.PREFERRED), Tuple.tuple("fr", TermStatus.FORBIDDEN));
    }

    @Test
    void wideRowsWithTheSameIdContinueTheirConcept() {
        GlossaryFile file = CsvGlossaryReader.read("""
                id,en,zh-Hans,status,definition,domain,doNotTranslate
                cpec,CPEC,中巴经济走廊,,The corridor,economy,
                cpec,CPEC,中巴走廊,forbidden,,,
                cpec,China-Pakistan Economic Corridor,,ADMITTED,Ignored,,yes
                """);
        assertThat(file.warnings()).isEmpty();
        assertThat(file.concepts()).hasSize(1);
        ParsedConcept cpec = file.concepts().getFirst();
        assertThat(cpec.definition()).isEqualTo("The corridor");
        assertThat(cpec.domain()).isEqualTo("economy");
        assertThat(cpec.doNotTranslate()).isTrue();
        assertThat(cpec.terms())
                .extracting(ParsedTerm::locale, ParsedTerm::text, ParsedTerm::status)
                .containsExactly(
                        Tuple.tuple("en", "CPEC", TermStatus.PREFERRED),
                        Tuple.tuple("zh-Hans", "中巴经济走廊", TermStatus.PREFERRED),
                        Tuple.tuple("zh-Hans", "中巴走廊", TermStatus.FORBIDDEN),
                        Tuple.tuple("en", "China-Pakistan Economic Corridor", TermStatus.ADMITTED));
    }

    @Test
    void theWideWriterIsReadBackToTheSameTerms() {
        java.util.List<ConceptView> concepts = java.util.List.of(new ConceptView(
                7L,
                null,
                "A, \"quoted\"\ndefinition",
                null,
                null,
                false,
                java.util.List.of(
                        new TermView("en", "Kabul", TermStatus.ADMITTED, false, null),
                        new TermView("fr", "Kaboul", TermStatus.PREFERRED, false, null),
                        new TermView("en", "Cabool", TermStatus.FORBIDDEN, false, null),
                        new TermView("fr", "Caboul", TermStatus.FORBIDDEN, false, null))));
        String csv = new String(CsvGlossaryWriter.write(concepts), java.nio.charset.StandardCharsets.UTF_8);
        GlossaryFile file = CsvGlossaryReader.read(csv);
        assertThat(file.concepts()).hasSize(1);
        assertThat(file.concepts().getFirst().id()).isEqualTo("c7");
        assertThat(file.concepts().getFirst().definition()).isEqualTo("A, \"quoted\"\ndefinition");
        assertThat(file.concepts().getFirst().terms())
                .extracting(ParsedTerm::locale, ParsedTerm::text, ParsedTerm::status)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("en", "Kabul", TermStatus.ADMITTED),
                        Tuple.tuple("fr", "Kaboul", TermStatus.PREFERRED),
                        Tuple.tuple("en", "Cabool", TermStatus.FORBIDDEN),
                        Tuple.tuple("fr", "Caboul", TermStatus.FORBIDDEN));
    }

    @Test
    void badFilesAreRefusedWithThePlace() {
        assertThatThrownBy(() -> CsvGlossaryReader.read("")).isInstanceOf(GlossaryFormatException.class);
        assertThatThrownBy(() -> CsvGlossaryReader.read("en,Kind of thing!,fr\nx,y,z\n"))
                .isInstanceOf(GlossaryFormatException.class)
                .hasMessageContaining("column 2");
        assertThatThrownBy(() -> CsvGlossaryReader.read("en,fr\n\"open,quote\n"))
                .isInstanceOf(GlossaryFormatException.class)
                .hasMessageContaining("Line 2");
    }
}
