package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.formats.Pandoc;
import dev.tessera.formats.TestDocx;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import dev.tessera.support.TranslatedProject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** HTML and Markdown documents in through the API and back out in their own format, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentFormatsApiTest {

    static final char OPEN = CodeMarkers.marker(CodeMarkers.Kind.OPEN, 0);
    static final char CLOSE = CodeMarkers.marker(CodeMarkers.Kind.CLOSE, 0);

    @LocalServerPort
    int port;

    ApiClient api;
    TranslatedProject project;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        project = TranslatedProject.create(api, "fmt", "fr");
    }

    static byte[] resource(String name) {
        try (InputStream in = DocumentFormatsApiTest.class.getResourceAsStream("/formats/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long upload(String name, String type, byte[] content) {
        Response created = api.post("manager", documents() + "?name=" + name, type, content);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("format").asString())
                .isEqualTo(name.substring(name.lastIndexOf('.') + 1).replace("md", "markdown"));
        return created.json().path("id").asLong();
    }

    private String documents() {
        return "/api/v1/projects/" + project.slug() + "/documents";
    }

    private JsonNode row(long doc, String sourceStart) {
        for (JsonNode row : project.rows(doc)) {
            if (row.path("source").asString().startsWith(sourceStart)) {
                return row;
            }
        }
        throw new AssertionError("no segment starts with " + sourceStart);
    }

    private String export(long doc, String query) {
        Response export =
                api.get("translator", "/api/v1/documents/" + doc + "/export?locale=fr&format=original" + query);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        return export.body();
    }

    @Test
    void anHtmlArticleKeepsItsBoldAcronymInsideOneSegmentAndComesBackTranslated() throws Exception {
        long doc = upload("article.html", "text/html; charset=UTF-8", resource("article.html"));

        JsonNode cpec = row(doc, "China's");
        assertThat(cpec.path("source").asString())
                .isEqualTo("China's " + OPEN + "CPEC" + CLOSE + " projects are at the heart of it.");
        assertThat(api.get("translator", "/api/v1/documents/" + doc)
                        .json()
                        .path("format")
                        .asString())
                .isEqualTo("html");
        assertThat(api.get("translator", documents()).body()).contains("\"format\":\"html\"");

        Response unfinished = api.get("translator", "/api/v1/documents/" + doc + "/export?locale=fr&format=original");
        assertThat(unfinished.status()).isEqualTo(409);

        String pseudo = export(doc, "&fallback=source");
        assertThat(pseudo)
                .isEqualTo(new String(resource("article.html"), StandardCharsets.UTF_8)
                        .replace("lang=\"en\"", "lang=\"fr\""));

        project.translate(
                doc,
                cpec.path("id").asLong(),
                "Les projets " + OPEN + "CECP" + CLOSE + " de la Chine en sont le cœur.",
                "TRANSLATED");
        project.translate(
                doc, row(doc, "Soldiers from").path("id").asLong(), "Des soldats chinois & pakistanais", "TRANSLATED");
        String html = export(doc, "&fallback=source");
        assertThat(html)
                .contains("major changes. Les projets <b>CECP</b> de la Chine en sont le cœur.</p>")
                .contains("alt=\"Des soldats chinois &amp; pakistanais\"");

        Response xliff = api.get("translator", "/api/v1/documents/" + doc + "/export?locale=fr&format=xliff21");
        assertThat(xliff.status()).isEqualTo(200);
        assertThat(xliff.body())
                .contains("<data id=\"o1s\">&lt;b&gt;</data>")
                .contains("<data id=\"o1e\">&lt;/b&gt;</data>")
                .contains("<pc id=\"o1\" dataRefStart=\"o1s\" dataRefEnd=\"o1e\">CECP</pc>");
        if (ExportApiTest.corporaPresent()) {
            ExportApiTest.validate21(xliff.body());
        }

        String elsewhere = xliff.body().replace("Les projets <pc", "Ces projets <pc");
        Response imported = api.post(
                "translator",
                "/api/v1/documents/" + doc + "/import?locale=fr",
                "application/xliff+xml",
                elsewhere.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("updated").asInt()).isEqualTo(1);
        assertThat(export(doc, "&fallback=source")).contains("major changes. Ces projets <b>CECP</b> de la Chine");
    }

    @Test
    void aTargetThatDropsACodeStillExportsWellFormedAndTheRepairIsAudited() {
        long doc = upload("article.md", "text/markdown", resource("article.md"));
        JsonNode cpec = row(doc, "China's");
        project.translate(doc, cpec.path("id").asLong(), "Les projets " + OPEN + "CECP de la Chine.", "TRANSLATED");

        Response approval = api.postJson(
                "reviewer",
                project.translation(doc, cpec.path("id").asLong()) + "/review",
                Map.of("action", "APPROVE", "version", 1));
        assertThat(approval.error()).as("qa.codes keeps blocking approval").isEqualTo("qa_errors");

        Response published = api.postJson(
                "manager",
                "/api/v1/projects/" + project.slug() + "/publish",
                Map.of("locales", List.of("fr"), "formats", List.of("original")));
        assertThat(published.status()).as(published.body()).isEqualTo(409);

        String markdown = export(doc, "&fallback=source");
        assertThat(markdown).contains("major changes. Les projets **CECP de la Chine.**\n\n> The");
        assertThat(api.get("admin", "/api/v1/audit?project=" + project.slug()).body())
                .contains("codes repaired in article.fr.md (segment(s) "
                        + cpec.path("position").asInt() + ")");
    }

    @Test
    void badFilesAreRefusedAndNothingIsStored() {
        Response empty = api.post(
                "manager",
                documents() + "?name=empty.html",
                "text/html",
                "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(empty.status()).isEqualTo(400);
        Response notUtf8 = api.post(
                "manager", documents() + "?name=bad.md", "text/markdown", new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28
                });
        assertThat(notUtf8.status()).isEqualTo(400);
        Response word = api.post("manager", documents() + "?name=a.doc", "application/msword", new byte[] {1, 2});
        assertThat(word.status()).isEqualTo(415);
        Response sloppy = api.post(
                "manager",
                documents() + "?name=sloppy.html",
                "text/html",
                "<p>An <b>unclosed bold<p>and a <i>stray</b> end".getBytes(StandardCharsets.UTF_8));
        assertThat(sloppy.status()).as(sloppy.body()).isEqualTo(201);
        assertThat(api.get("translator", documents()).body())
                .doesNotContain("empty.html")
                .doesNotContain("bad.md");
    }

    @Test
    void segmentsWithCodesAreJoinedAndSplitWithoutPartingAPair() {
        long doc = upload(
                "amb.html",
                "text/html",
                "<p>Amb. Smith visited <b>Gwadar port. It</b> grew. He met the minister.</p>"
                        .getBytes(StandardCharsets.UTF_8));
        List<String> sources = project.rows(doc).findValues("source").stream()
                .map(JsonNode::asString)
                .toList();
        assertThat(sources)
                .as("a pair is never parted by a sentence break")
                .containsExactly(
                        "Amb.", "Smith visited " + OPEN + "Gwadar port. It" + CLOSE + " grew.", "He met the minister.");
        List<Long> ids = project.segments(doc);
        String segment = "/api/v1/documents/" + doc + "/segments/";

        Response parted = api.postJson("manager", segment + ids.get(1) + "/split", Map.of("offset", 28));
        assertThat(parted.status()).isEqualTo(400);
        assertThat(parted.body()).contains("part a code");
        Response joined = api.postJson("reviewer", segment + ids.get(0) + "/join", Map.of());
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.json().path("source").asString())
                .isEqualTo("Amb. Smith visited " + OPEN + "Gwadar port. It" + CLOSE + " grew.");
        Response split = api.postJson("manager", segment + ids.get(0) + "/split", Map.of("offset", 4));
        assertThat(split.status()).as(split.body()).isEqualTo(200);
        Response again = api.postJson("manager", segment + ids.get(0) + "/join", Map.of());
        assertThat(again.status()).as(again.body()).isEqualTo(200);

        project.translate(
                doc,
                ids.get(0),
                "L'amb. Smith a visité " + OPEN + "le port de Gwadar. Il" + CLOSE + " a grandi.",
                "TRANSLATED");
        assertThat(export(doc, "&fallback=source"))
                .isEqualTo("<p>L'amb. Smith a visité <b>le port de Gwadar. Il</b> a grandi. He met the minister.</p>");
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void aWordDocumentComesBackAsAWordDocumentThatPandocReads() {
        long doc = upload("article.docx", DOCX, TestDocx.article());
        JsonNode cpec = row(doc, "China's");
        char footnote = CodeMarkers.marker(CodeMarkers.Kind.STANDALONE, 1);
        assertThat(cpec.path("source").asString())
                .as(
                        "the footnote reference stays with its sentence: %s",
                        CodeMarkers.toTags(cpec.path("source").asString()))
                .isEqualTo("China's " + OPEN + "CPEC" + CLOSE + " projects are at the heart of it." + footnote);
        project.translate(
                doc,
                cpec.path("id").asLong(),
                "Les projets du " + OPEN + "CECP" + CLOSE + " de la Chine en sont le cœur." + footnote,
                "TRANSLATED");
        project.translate(
                doc, row(doc, "Global Times, opinion").path("id").asLong(), "Global Times, tribune", "TRANSLATED");

        ApiClient.Download export = api.getBytes(
                "translator", "/api/v1/documents/" + doc + "/export?locale=fr&format=original&fallback=source");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith(DOCX);
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .contains("article.fr.docx");
        String read = Pandoc.text(export.bytes());
        assertThat(read)
                .contains("Les projets du **CECP** de la Chine en sont le cœur.")
                .contains("Why China and Pakistan");
        assertThat(new String(TestDocx.unzip(export.bytes()).get("word/header1.xml"), StandardCharsets.UTF_8))
                .contains("Global Times, tribune");
    }

    @Test
    void badWordFilesAreRefusedAndNothingIsStored() {
        assertThat(api.post(
                                "manager",
                                documents() + "?name=a.docx",
                                DOCX,
                                "PK not really".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("manager", documents() + "?name=b.docx", DOCX, new byte[0])
                        .status())
                .isEqualTo(400);
        java.util.Map<String, byte[]> parts = TestDocx.unzip(TestDocx.article());
        parts.put("word/vbaProject.bin", new byte[] {1, 2, 3});
        Response macros = api.post("manager", documents() + "?name=c.docx", DOCX, TestDocx.rezip(parts));
        assertThat(macros.status()).isEqualTo(415);
        assertThat(macros.error()).isEqualTo("unsupported_media_type");
        parts.remove("word/vbaProject.bin");
        parts.put(
                "word/document.xml",
                "<!DOCTYPE d [<!ENTITY x SYSTEM \"http://example.org/\">]><d>&x;</d>".getBytes(StandardCharsets.UTF_8));
        assertThat(api.post("manager", documents() + "?name=d.docx", DOCX, TestDocx.rezip(parts))
                        .status())
                .isEqualTo(400);
        java.util.Map<String, byte[]> bomb = new java.util.LinkedHashMap<>();
        bomb.put("word/document.xml", new byte[300 * 1024 * 1024]);
        assertThat(api.post("manager", documents() + "?name=e.docx", DOCX, TestDocx.rezip(bomb))
                        .status())
                .isEqualTo(413);
        assertThat(api.get("translator", documents()).body()).doesNotContain(".docx");
    }
}
