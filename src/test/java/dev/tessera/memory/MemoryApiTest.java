package dev.tessera.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Translation memories through the REST API: create, import TMX, import again, export, refusals, delete. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MemoryApiTest {

    static final String TMX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="EN" datatype="plaintext"/>
              <body>
                <tu creationid="ana" creationdate="20240102T030405Z" changedate="20240102T030405Z">
                  <prop type="x-domain">news</prop>
                  <tuv xml:lang="EN"><seg>Click <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
                  <tuv xml:lang="FR-FR"><seg>Cliquez <bpt i="1">&lt;b&gt;</bpt>ici<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
                  <tuv xml:lang="ZH-CN"><seg>点击<bpt i="1">&lt;b&gt;</bpt>这里<ept i="1">&lt;/b&gt;</ept>。</seg></tuv>
                </tu>
                <tu><tuv xml:lang="en"><seg>The river runs.</seg></tuv><tuv xml:lang="fr"><seg>La rivière coule.</seg></tuv></tu>
                <tu><tuv xml:lang="de"><seg>Nur Deutsch.</seg></tuv><tuv xml:lang="fr"><seg>Seulement.</seg></tuv></tu>
              </body>
            </tmx>
            """;

    @LocalServerPort
    int port;

    Response importTmx(ApiClient api, String user, long id, String type, String body) {
        return api.post(user, "/api/v1/memories/" + id + "/import", type, body.getBytes(StandardCharsets.UTF_8));
    }

    long memory(ApiClient api) {
        Response created = api.postJson(
                "manager", "/api/v1/memories", Map.of("name", "TM " + UUID.randomUUID(), "sourceLocale", "en"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/memories/"));
        assertThat(created.json().path("units").asLong()).isZero();
        return created.json().path("id").asLong();
    }

    @Test
    void aManagerFillsAMemoryFromTmxAndExportsItAgain() throws Exception {
        ApiClient api = new ApiClient(port);
        long id = memory(api);
        Response imported = importTmx(api, "manager", id, "application/xml", TMX);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("units").asInt()).isEqualTo(3);
        assertThat(imported.json().path("created").asInt()).isEqualTo(3);
        assertThat(imported.json().path("skipped").asInt()).isEqualTo(1);
        Response again = importTmx(api, "manager", id, "application/x-tmx+xml", TMX);
        assertThat(again.json().path("created").asInt()).isZero();
        assertThat(again.json().path("skipped").asInt()).isEqualTo(4);
        assertThat(api.get("translator", "/api/v1/memories").json().findValues("id").stream()
                        .anyMatch(node -> node.asLong() == id))
                .isTrue();

        Response export = api.get("translator", "/api/v1/memories/" + id + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body())
                .contains("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">", "srclang=\"en\"", "creationid=\"ana\"");
        TmxReader.TmxFile back =
                TmxReader.read(new ByteArrayInputStream(export.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(back.units()).hasSize(3);
        TmxReader.Unit first = back.units().getFirst();
        assertThat(first.props()).containsEntry("x-domain", "news");
        assertThat(first.variants().get("fr-FR").codes().getFirst().endContent())
                .isEqualTo("</b>");
        assertThat(export.body()).contains("<bpt i=\"1\">&lt;b></bpt>ici<ept i=\"1\">&lt;/b></ept>");
        validAgainstTheTmxDtd(export.body());
    }

    /** Against TMX 1.4b's DTD from the corpora, when they are there (CI has them). */
    static void validAgainstTheTmxDtd(String tmx) throws Exception {
        Path dtd = Path.of(System.getProperty("tessera.corpora", ""), "tmx/tmx-dtds-openxliff/tmx14.dtd");
        if (!Files.isRegularFile(dtd)) {
            return;
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) ->
                systemId.endsWith("tmx14.dtd") ? new InputSource(Files.newInputStream(dtd)) : null);
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        builder.parse(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void badFilesAndWrongRolesAreRefusedAndChangeNothing() {
        ApiClient api = new ApiClient(port);
        long id = memory(api);
        assertThat(importTmx(api, "manager", id, "application/xml", "<tmx><header")
                        .status())
                .isEqualTo(400);
        assertThat(importTmx(api, "manager", id, "application/xml", "<tmx version=\"1.4\"><body/></tmx>")
                        .error())
                .isEqualTo("validation_failed");
        assertThat(importTmx(
                                api,
                                "manager",
                                id,
                                "application/xml",
                                "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><tmx/>")
                        .status())
                .isEqualTo(400);
        Response otherSource =
                importTmx(api, "manager", id, "application/xml", TMX.replace("srclang=\"EN\"", "srclang=\"de\""));
        assertThat(otherSource.status()).isEqualTo(400);
        assertThat(otherSource.json().path("message").asString()).contains("source language");
        assertThat(importTmx(api, "manager", id, "text/plain", TMX).status()).isEqualTo(415);
        assertThat(importTmx(api, "manager", id, "application/xml", "").status())
                .isEqualTo(400);
        assertThat(importTmx(api, "translator", id, "application/xml", TMX).status())
                .isEqualTo(403);
        assertThat(api.get("admin", "/api/v1/memories").json().findValues("id").stream()
                        .filter(node -> node.asLong() == id)
                        .count())
                .isEqualTo(1);
        assertThat(api.get("translator", "/api/v1/memories/" + id + "/export").body())
                .doesNotContain("<tu");

        assertThat(api.postJson("translator", "/api/v1/memories", Map.of("name", "X", "sourceLocale", "en"))
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson("manager", "/api/v1/memories", Map.of("name", " ", "sourceLocale", "en"))
                        .error())
                .isEqualTo("validation_failed");
        assertThat(api.postJson("manager", "/api/v1/memories", Map.of("name", "Y", "sourceLocale", "xx-nonsense"))
                        .status())
                .isEqualTo(400);
        assertThat(api.delete("translator", "/api/v1/memories/" + id).status()).isEqualTo(403);
        assertThat(api.delete("manager", "/api/v1/memories/" + id).status()).isEqualTo(204);
        assertThat(api.delete("manager", "/api/v1/memories/" + id).status()).isEqualTo(404);
        assertThat(api.get("translator", "/api/v1/memories/" + id + "/export").status())
                .isEqualTo(404);
    }
}
