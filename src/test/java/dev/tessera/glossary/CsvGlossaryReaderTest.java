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
        assertThat(file.concepts().getFirst().terms()).extracting(ParsedTerm::locale, ParsedTerm::text, ParsedTerm::partOfSpeech)
                .containsExactly(Tuple.tuple("en", "CPEC", "noun"), Tuple.tuple("ur", "چین پاکستان اقتصادی راہداری", "noun"));
        assertThat(file.concepts().getLast().terms()).extracting(ParsedTerm::locale, ParsedTerm::text)
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
        assertThat(file.concepts().getLast().terms()).extracting(ParsedTerm::locale, ParsedTerm::status)
                .containsExactly(Tuple.tuple("en", TermStatus.PREFERRED), Tuple.tuple("fr", TermStatus.FORBIDDEN));
    }

    @Test
    void badFilesAreRefusedWithThePlace() {
        assertThatThrownBy(() -> CsvGlossaryReader.read("")).isInstanceOf(GlossaryFormatException.class);
        assertThatThrownBy(() -> CsvGlossaryReader.read("en,Kind of thing!,fr\nx,y,z\n"))
                .isInstanceOf(GlossaryFormatException.class).hasMessageContaining("column 2");
        assertThatThrownBy(() -> CsvGlossaryReader.read("en,fr\n\"open,quote\n"))
                .isInstanceOf(GlossaryFormatException.class).hasMessageContaining("Line 2");
    }
}
