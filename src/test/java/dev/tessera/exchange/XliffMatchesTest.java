package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.formats.InlineCode;
import dev.tessera.translation.ExportRow;
import dev.tessera.translation.TranslationStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The writers' memory matches with inline codes: a marker of a code the segment has is written as the segment's
 * code (as the file had it, with its original data in a 2.x match, or as a plain code of the other version), a
 * marker of a code it lacks is dropped, a pair broken in the memory's text is a placeholder; the files stay valid
 * against the OASIS schemas and Okapi's validator.
 */
class XliffMatchesTest {

    /** A segment from an XLIFF 2 file: a bold run (with original data) and a line break. */
    static final List<InlineCode> CODES_2 = List.of(
            new InlineCode(
                    2,
                    "pc",
                    "1",
                    "<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">",
                    "</pc>",
                    Map.of("d1", "<data id=\"d1\">&lt;b&gt;</data>", "d2", "<data id=\"d2\">&lt;/b&gt;</data>")),
            new InlineCode(
                    2,
                    "ph",
                    "2",
                    "<ph id=\"2\" dataRef=\"d3\"/>",
                    null,
                    Map.of("d3", "<data id=\"d3\">&lt;br/&gt;</data>")));

    /** A segment from an XLIFF 1.2 file: a bold run and a line break. */
    static final List<InlineCode> CODES_1 = List.of(
            new InlineCode(1, "g", "1", "<g id=\"1\" ctype=\"bold\">", "</g>", null),
            new InlineCode(1, "x", "2", "<x id=\"2\" ctype=\"lb\"/>", null, null));

    static final String SOURCE = "Click \uE400Save\uE800 now.\uE001";

    static final List<MemoryMatch> MATCHES = List.of(
            new MemoryMatch(
                    "Click \uE400Store\uE800 now.\uE001\uE005",
                    "Cliquez sur \uE400Enregistrer\uE800.\uE001\uE405",
                    88,
                    "fuzzy",
                    "Brochures"),
            new MemoryMatch("Click \uE400Save now.", "Cliquez \uE400ici.", 75, "fuzzy", "Brochures & co"));

    static ExportRow row(long id, List<InlineCode> codes) {
        return new ExportRow(
                id,
                (int) id,
                (int) id,
                SOURCE,
                null,
                TranslationStatus.UNTRANSLATED,
                0,
                null,
                null,
                null,
                null,
                List.of(),
                InlineCode.toJson(codes));
    }

    static List<ExportRow> rows() {
        return List.of(row(1, CODES_2), row(2, CODES_1));
    }

    @Test
    void xliff12WritesTheMatchesWithTheSegmentsCodes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xliff12Writer.write("app", "en", "fr", rows().iterator(), row -> MATCHES, out);
        String body = out.toString(StandardCharsets.UTF_8);
        assertThat(body)
                // Codes of the other version as plain ones, the unknown code dropped.
                .contains("<alt-trans match-quality=\"88\" origin=\"Brochures\"><source xml:lang=\"en\">Click"
                        + " <g id=\"c1\">Store</g> now.<x id=\"c2\"/></source><target xml:lang=\"fr\">Cliquez sur"
                        + " <g id=\"c1\">Enregistrer</g>.<x id=\"c2\"/></target></alt-trans>")
                // Codes of its own version as the file had them; a start without its end is a placeholder.
                .contains("<alt-trans match-quality=\"88\" origin=\"Brochures\"><source xml:lang=\"en\">Click"
                        + " <g id=\"1\" ctype=\"bold\">Store</g> now.<x id=\"2\" ctype=\"lb\"/></source>")
                .contains("<source xml:lang=\"en\">Click <x id=\"lost1\"/>Save now.</source>"
                        + "<target xml:lang=\"fr\">Cliquez <x id=\"lost1\"/>ici.</target>")
                .contains("origin=\"Brochures &amp; co\"")
                .doesNotContain("\uE005")
                .doesNotContain("\uE405");
        ExportApiTest.validate12(body);
    }

    @Test
    void xliff21WritesTheMatchesModuleWithTheSegmentsCodesAndTheirOriginalData() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xliff21Writer.write("app", "en", "fr", rows().iterator(), source -> List.of(), row -> MATCHES, out);
        String body = out.toString(StandardCharsets.UTF_8);
        assertThat(body)
                .contains("<mtc:match ref=\"#tessera-seg1\" matchQuality=\"88\" origin=\"Brochures\" type=\"tm\""
                        + " subType=\"tessera:fuzzy\"><originalData><data id=\"d1\">&lt;b&gt;</data>"
                        + "<data id=\"d2\">&lt;/b&gt;</data><data id=\"d3\">&lt;br/&gt;</data></originalData>"
                        + "<source>Click <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">Store</pc> now."
                        + "<ph id=\"2\" dataRef=\"d3\"/></source>")
                .contains("<source>Click <pc id=\"c1\">Store</pc> now.<ph id=\"c2\"/></source>"
                        + "<target>Cliquez sur <pc id=\"c1\">Enregistrer</pc>.<ph id=\"c2\"/></target>")
                .contains("<segment id=\"tessera-seg1\" state=\"initial\">")
                .doesNotContain("\uE005")
                .doesNotContain("\uE405");
        ExportApiTest.validate21(body);
    }

    @Test
    void withoutMatchesNothingChanges() {
        ByteArrayOutputStream with = new ByteArrayOutputStream();
        ByteArrayOutputStream without = new ByteArrayOutputStream();
        Xliff21Writer.write("app", "en", "fr", rows().iterator(), source -> List.of(), row -> List.of(), with);
        Xliff21Writer.write("app", "en", "fr", rows().iterator(), source -> List.of(), without);
        assertThat(with.toString(StandardCharsets.UTF_8))
                .isEqualTo(without.toString(StandardCharsets.UTF_8))
                .contains("<segment state=\"initial\">")
                .doesNotContain("mtc");
    }
}
