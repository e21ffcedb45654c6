package dev.tessera.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tessera.memory.TmxReader.TmxFile;
import dev.tessera.memory.TmxReader.TmxFormatException;
import dev.tessera.memory.TmxReader.Unit;
import dev.tessera.shared.CodeMarkers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** TMX in: units, variants by canonical locale, attributes, props and inline codes; refusals with a place. */
class TmxReaderTest {

    static TmxFile read(String xml) {
        return TmxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static final String TMX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="EN-US" datatype="plaintext"/>
              <body>
                <tu tuid="7" creationid="ana" creationdate="20240102T030405Z" changeid="bo" changedate="not a date">
                  <prop type="x-domain">news</prop>
                  <tuv xml:lang="EN-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept><ph>&lt;br/&gt;</ph> now.</seg></tuv>
                  <tuv xml:lang="ZH-CN"><seg>现在<hi type="b">点击</hi>这里。</seg></tuv>
                  <tuv xml:lang="xx-unknown"><seg>?</seg></tuv>
                </tu>
                <tu><tuv lang="fr"><seg>Bonjour</seg></tuv></tu>
              </body>
            </tmx>
            """;

    @Test
    void unitsKeepTheirVariantsAttributesPropsAndCodes() {
        TmxFile file = read(TMX);
        assertThat(file.sourceLocale()).isEqualTo("en-US");
        assertThat(file.version()).isEqualTo("1.4");
        assertThat(file.units()).hasSize(2);
        Unit unit = file.units().getFirst();
        assertThat(unit.id()).isEqualTo("7");
        assertThat(unit.creationId()).isEqualTo("ana");
        assertThat(unit.creationDate()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(unit.changeId()).isEqualTo("bo");
        assertThat(unit.changeDate()).isNull();
        assertThat(unit.props()).containsEntry("x-domain", "news");
        assertThat(unit.variants()).containsOnlyKeys("en-US", "zh-CN");
        TmxReader.Variant english = unit.variants().get("en-US");
        assertThat(CodeMarkers.toTags(english.text())).isEqualTo("Click <1>here</1><2/> now.");
        assertThat(english.codes()).hasSize(2);
        assertThat(english.codes().get(0).content()).isEqualTo("<b>");
        assertThat(english.codes().get(0).endContent()).isEqualTo("</b>");
        assertThat(english.codes().get(1).element()).isEqualTo("ph");
        assertThat(CodeMarkers.toTags(unit.variants().get("zh-CN").text())).isEqualTo("现在<1>点击</1>这里。");
        assertThat(file.units().get(1).variants()).containsOnlyKeys("fr");
        assertThat(file.warnings())
                .anySatisfy(w -> assertThat(w).contains("not YYYYMMDDThhmmssZ"))
                .anySatisfy(w -> assertThat(w).contains("unknown language \"xx-unknown\""));
    }

    @Test
    void whatIsNotTmxIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> read("<xliff version=\"1.2\"/>"))
                .isInstanceOf(TmxFormatException.class)
                .hasMessageContaining("not TMX");
        assertThatThrownBy(() -> read("<tmx version=\"1.4\"><header/><body/></tmx>"))
                .hasMessageContaining("no srclang");
        assertThatThrownBy(() -> read("<tmx version=\"1.4\"><body/></tmx>")).hasMessageContaining("no <header>");
        assertThatThrownBy(() -> read("<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>"))
                .hasMessageContaining("Line 1")
                .hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> read(
                        "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY x \"y\">]><tmx><header srclang=\"en\"/></tmx>"))
                .isInstanceOf(TmxFormatException.class);
        assertThatThrownBy(() -> read("")).isInstanceOf(TmxFormatException.class);
    }

    @Test
    void everyCorpusTmxFileIsReadOrRefusedWithAMessage() throws IOException {
        String property = System.getProperty("tessera.corpora", "");
        Path folder = property.isBlank() ? null : Path.of(property, "tmx");
        if (folder == null || !Files.isDirectory(folder)) {
            String message = "TMX corpora not found: set -Dtessera.corpora=../shared/corpora";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + " (required when CI=true)");
            }
            Assumptions.assumeTrue(false, message);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().toLowerCase().endsWith(".tmx"))
                    .sorted()
                    .toList();
        }
        List<String> report = new ArrayList<>();
        int read = 0;
        int units = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                TmxFile tmx = TmxReader.read(in);
                read++;
                units += tmx.units().size();
            } catch (TmxFormatException e) {
                assertThat(e.getMessage()).as(file.toString()).isNotBlank();
                report.add(folder.relativize(file) + ": " + e.getMessage());
            }
        }
        System.out.printf("TMX corpora: %d files read (%d units), %d refused%n", read, units, report.size());
        report.forEach(line -> System.out.println("  refused " + line));
        assertThat(files).hasSizeGreaterThan(20);
        assertThat(read).isGreaterThan(files.size() / 2);
    }
}
