package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import dev.tessera.support.TranslatedProject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import tools.jackson.databind.JsonNode;

/** Exports over HTTP: text with its refusals and fallback, XLIFF 1.2 and TMX valid against their schemas. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExportApiTest {

    static final String SOURCE =
            "The CPEC grows. It links Kashgar & Gwadar.\n\n  Kabul waits. Nothing <else>.\nLast line.";

    @LocalServerPort
    int port;

    ApiClient api;
    long doc;
    JsonNode rows;

    /** Five segments in every state: 1 TRANSLATED, 2 DRAFT, 3 APPROVED, 4 REJECTED, 5 UNTRANSLATED. */
    @BeforeEach
    void documentInEveryState() {
        api = new ApiClient(port);
        String slug = "x" + UUID.randomUUID().toString().substring(0, 8);
        api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of(
                        "slug",
                        slug,
                        "name",
                        "Export " + slug,
                        "sourceLocale",
                        "en",
                        "targetLocales",
                        List.of("fr", "zh-Hans")));
        doc = api.postText("manager", "/api/v1/projects/" + slug + "/documents?name=article.txt", SOURCE)
                .json()
                .path("id")
                .asLong();
        rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json();
        assertThat(rows).hasSize(5);
        save(0, "Le CPEC grandit.", "TRANSLATED");
        save(1, "Il relie Kachgar & Gwadar.", "DRAFT");
        save(2, "Kaboul attend.", "TRANSLATED");
        review(2, "APPROVE", null);
        save(3, "Rien <d'autre>.", "TRANSLATED");
        review(3, "REJECT", "Say \"nothing else\".");
    }

    @Test
    void textRefusesUnfinishedWorkUnlessItFallsBackToTheSource() {
        Response refused = api.get("translator", export("text"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.error()).isEqualTo("invalid_state");
        assertThat(refused.json().path("segments").toString()).isEqualTo("[" + id(1) + "," + id(3) + "," + id(4) + "]");

        Response text = api.get("translator", export("text") + "&fallback=source");
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(text.headers().firstValue("Content-Disposition").orElse("")).contains("article.fr.txt");
        assertThat(text.body())
                .isEqualTo(
                        "Le CPEC grandit. It links Kashgar & Gwadar.\n\n  Kaboul attend. Nothing <else>.\nLast line.");

        Response approvedOnly = api.get("translator", export("text") + "&fallback=source&approvedOnly=true");
        assertThat(approvedOnly.body())
                .isEqualTo(
                        "The CPEC grows. It links Kashgar & Gwadar.\n\n  Kaboul attend. Nothing <else>.\nLast line.");

        Response untranslated =
                api.get("reviewer", "/api/v1/documents/" + doc + "/export?locale=zh-Hans&format=text&fallback=source");
        assertThat(untranslated.body())
                .as("an untranslated document falls back to its source exactly")
                .isEqualTo(SOURCE);
    }

    @Test
    void chineseTargetsAreJoinedWithoutSpaces() {
        List<JsonNode> zh = List.of(rows.get(0), rows.get(1));
        for (int i = 0; i < zh.size(); i++) {
            api.putJson(
                    "translator",
                    "/api/v1/documents/" + doc + "/segments/"
                            + zh.get(i).path("id").asLong() + "/translations/zh-Hans",
                    Map.of("target", i == 0 ? "中巴经济走廊在发展。" : "它连接喀什和瓜达尔。", "status", "TRANSLATED", "version", 0));
        }
        Response text = api.get(
                "translator", "/api/v1/documents/" + doc + "/export?locale=zh-Hans&format=text&fallback=source");
        assertThat(text.body()).startsWith("中巴经济走廊在发展。它连接喀什和瓜达尔。\n\n  Kabul waits.");
    }

    @Test
    void xliff12CarriesEveryStateAndIsStrictValid() throws Exception {
        Response xliff = api.get("translator", export("xliff12"));
        assertThat(xliff.status()).isEqualTo(200);
        assertThat(xliff.headers().firstValue("Content-Type").orElse("")).startsWith("application/xliff+xml");
        String body = xliff.body();
        assertThat(body)
                .contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">")
                .contains("source-language=\"en\" target-language=\"fr\"")
                .contains("<group id=\"p1\">")
                .contains("<group id=\"p3\">")
                .contains("<trans-unit id=\"s" + id(0) + "\"><source xml:lang=\"en\">The CPEC grows.</source>"
                        + "<target xml:lang=\"fr\" state=\"translated\">Le CPEC grandit.</target>")
                .contains("<target xml:lang=\"fr\" state=\"new\">Il relie Kachgar &amp; Gwadar.</target>")
                .contains("<trans-unit id=\"s" + id(2) + "\" approved=\"yes\">")
                .contains("state=\"signed-off\">Kaboul attend.</target>")
                .contains(
                        "state=\"needs-review-translation\" state-qualifier=\"rejected-inaccurate\">Rien &lt;d'autre>.</target>")
                .contains("<note from=\"reviewer\">Say \"nothing else\".</note>")
                .contains("<context context-type=\"x-tessera-version\">1</context>");
        assertThat(body)
                .contains(
                        "<trans-unit id=\"s" + id(4) + "\"><source xml:lang=\"en\">Last line.</source><context-group");
        validate12(body);
    }

    @Test
    void xliff21CarriesStatesNotesAndTheGlossaryModuleAndIsSchemaValid() throws Exception {
        long glossary = api.postJson("manager", "/api/v1/glossaries", Map.of("name", "X " + doc))
                .json()
                .path("id")
                .asLong();
        String tbx = "<martif type=\"TBX\" xml:lang=\"en\"><text><body>"
                + "<termEntry id=\"cpec\"><langSet xml:lang=\"en\"><tig><term>CPEC</term></tig></langSet>"
                + "<langSet xml:lang=\"fr\"><tig><term>corridor économique Chine-Pakistan</term></tig><tig><term>CECP</term>"
                + "<termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote></tig></langSet></termEntry>"
                + "</body></text></martif>";
        api.post(
                "manager",
                "/api/v1/glossaries/" + glossary + "/import",
                "application/xml",
                tbx.getBytes(StandardCharsets.UTF_8));
        String slug = api.get("translator", "/api/v1/documents/" + doc)
                .json()
                .path("project")
                .asString();
        api.putJson("manager", "/api/v1/projects/" + slug + "/glossaries/" + glossary, Map.of());

        String body = api.get("translator", export("xliff21")).body();
        assertThat(body)
                .contains("version=\"2.1\"")
                .contains("srcLang=\"en\" trgLang=\"fr\"")
                .contains("<unit id=\"s" + id(0) + "\" tessera:version=\"1\">")
                .contains("<gls:glossEntry ref=\"#m1\"><gls:term source=\"tessera:concept:")
                .contains(
                        "<gls:translation>corridor économique Chine-Pakistan</gls:translation><gls:translation>CECP</gls:translation>")
                .contains("<source>The <mrk id=\"m1\" type=\"term\">CPEC</mrk> grows.</source>")
                .contains("<segment state=\"translated\">")
                .contains("<segment state=\"initial\" subState=\"tessera:draft\">")
                .contains("<segment state=\"reviewed\">")
                .contains("<segment state=\"initial\" subState=\"tessera:rejected\">")
                .contains("<note category=\"comment\" tessera:author=\"reviewer\">Say \"nothing else\".</note>")
                .contains("<segment state=\"initial\"><source>Last line.</source></segment>");
        validate21(body);
        String broken = body.replace("subState=\"tessera:draft\"", "subState=\"draft\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> net.sf.okapi.lib.xliff2.reader.XLIFFReader.validate(
                        new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), null))
                .as("the validator is not a no-op")
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void tmxHoldsApprovedWorkAndIsValidAgainstTheDtd() throws Exception {
        Response tmx = api.get("translator", export("tmx"));
        assertThat(tmx.status()).isEqualTo(200);
        assertThat(tmx.body())
                .contains("<tu tuid=\"s" + id(2) + "\"")
                .contains("changeid=\"reviewer\"")
                .contains("creationid=\"translator\"")
                .contains("<seg>Kaboul attend.</seg>")
                .doesNotContain("Le CPEC grandit.");
        assertThat(api.get("translator", export("tmx") + "&include=translated").body())
                .contains("<seg>Le CPEC grandit.</seg>")
                .doesNotContain("Kachgar")
                .doesNotContain("Rien");
        Path dtd = corpora().resolve("tmx/tmx-dtds-openxliff/tmx14.dtd");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        var builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> systemId.endsWith("tmx14.dtd") ? source(dtd) : null);
        builder.setErrorHandler(failOnError());
        builder.parse(new ByteArrayInputStream(tmx.body().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aProjectExportsAsAZipOfOneFilePerDocument() throws Exception {
        String slug = api.get("translator", "/api/v1/documents/" + doc)
                .json()
                .path("project")
                .asString();
        api.postText("manager", "/api/v1/projects/" + slug + "/documents?name=second.txt", "Second document.");
        Response refused = api.get("translator", "/api/v1/projects/" + slug + "/export?locale=fr&format=text");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("segments")).hasSize(4);
        java.net.http.HttpResponse<byte[]> zip = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        api.uri("/api/v1/projects/" + slug + "/export?locale=fr&format=xliff21"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString("translator:translator"
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/zip");
        Map<String, String> entries = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsOnlyKeys("article.fr.xlf", "second.fr.xlf");
        assertThat(entries.get("article.fr.xlf")).contains("Kaboul attend.").endsWith("</xliff>");
        assertThat(entries.get("second.fr.xlf")).contains("<source>Second document.</source>");
    }

    @Test
    void xliffCarriesTheMemoryMatchesOfUntranslatedSegmentsAndTheImportIgnoresThem() throws Exception {
        String slug = api.get("translator", "/api/v1/documents/" + doc)
                .json()
                .path("project")
                .asString();
        long first = api.postText(
                        "manager",
                        "/api/v1/projects/" + slug + "/documents?name=first.txt",
                        "The port of Gwadar handled 12 ships in March.")
                .json()
                .path("id")
                .asLong();
        TranslatedProject project = TranslatedProject.existing(api, slug, "fr");
        project.translateAndApprove(
                first, project.segments(first).getFirst(), "Le port de Gwadar a accueilli 12 navires en mars.");
        long second = api.postText(
                        "manager",
                        "/api/v1/projects/" + slug + "/documents?name=second.txt",
                        "The port of Gwadar handled 14 ships in March. Kabul waits.")
                .json()
                .path("id")
                .asLong();
        List<Long> segments = project.segments(second);
        long twin = segments.get(0);
        long translated = segments.get(1);
        // "Kabul waits." has matches in the memory too (the first document's approved segment), but a translation.
        project.translate(second, translated, "Kaboul attend toujours.", "TRANSLATED");
        // The memory learns after each commit, off the request: wait until the approved unit answers.
        JsonNode found = project.matches(
                second, twin, m -> m.size() == 1 && m.get(0).path("score").asInt() == 99);
        assertThat(found.size()).isEqualTo(1);
        assertThat(found.get(0).path("score").asInt()).isEqualTo(99);
        String memory = found.get(0).path("memory").path("name").asString();
        assertThat(memory).isEqualTo("Export " + slug + " (project)");

        String base = "/api/v1/documents/" + second + "/export?locale=fr&format=";
        String xliff12 = api.get("translator", base + "xliff12").body();
        assertThat(xliff12)
                .contains("<trans-unit id=\"s" + twin + "\"><source xml:lang=\"en\">The port of Gwadar handled 14 ships"
                        + " in March.</source><context-group")
                .contains("</context-group><alt-trans match-quality=\"99\" origin=\"" + memory + "\">"
                        + "<source xml:lang=\"en\">The port of Gwadar handled 12 ships in March.</source>"
                        + "<target xml:lang=\"fr\">Le port de Gwadar a accueilli 12 navires en mars.</target>"
                        + "</alt-trans></trans-unit>");
        assertThat(xliff12.split("<alt-trans ", -1))
                .as("translated segments carry none")
                .hasSize(2);
        validate12(xliff12);

        String xliff21 = api.get("translator", base + "xliff21").body();
        assertThat(xliff21)
                .contains("<unit id=\"s" + twin + "\" tessera:version=\"0\">"
                        + "<mtc:matches xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\">"
                        + "<mtc:match ref=\"#seg1\" matchQuality=\"99\" origin=\"" + memory + "\" type=\"tm\""
                        + " subType=\"tessera:fuzzy\"><source>The port of Gwadar handled 12 ships in March.</source>"
                        + "<target>Le port de Gwadar a accueilli 12 navires en mars.</target></mtc:match></mtc:matches>"
                        + "<segment id=\"seg1\" state=\"initial\"><source>The port of Gwadar handled 14 ships in"
                        + " March.</source></segment></unit>");
        assertThat(xliff21.split("<mtc:match ", -1))
                .as("translated segments carry none")
                .hasSize(2);
        validate21(xliff21);

        assertThat(api.get("translator", base + "xliff12&matches=false").body())
                .doesNotContain("alt-trans")
                .contains("The port of Gwadar handled 14 ships in March.");
        assertThat(api.get("translator", base + "xliff21&matches=false").body())
                .doesNotContain("mtc:")
                .contains("<segment state=\"initial\"><source>The port of Gwadar handled 14 ships in March.");

        // Bringing the files back takes no target from a match.
        for (String file : List.of(xliff12, xliff21)) {
            Response back = api.post(
                    "translator",
                    "/api/v1/documents/" + second + "/import?locale=fr",
                    "application/xliff+xml",
                    file.getBytes(StandardCharsets.UTF_8));
            assertThat(back.status()).as(back.body()).isEqualTo(200);
            assertThat(back.json().path("updated").asInt()).as(back.body()).isZero();
            assertThat(back.json().path("refused")).as(back.body()).isEmpty();
        }
        JsonNode after = api.get("translator", "/api/v1/documents/" + second + "/segments?locale=fr")
                .json();
        assertThat(after.get(0).path("status").asString()).isEqualTo("UNTRANSLATED");
        assertThat(after.get(0).path("target").isNull()
                        || after.get(0).path("target").isMissingNode())
                .as(after.toString())
                .isTrue();
        assertThat(after.get(1).path("target").asString()).isEqualTo("Kaboul attend toujours.");
    }

    @Test
    void badRequestsAreRefused() {
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/export?locale=fr&format=docx")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/export?locale=ur&format=tmx")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("translator", "/api/v1/documents/987654/export?locale=fr&format=tmx")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("translator", export("text") + "&fallback=target").status())
                .isEqualTo(400);
        assertThat(api.get(null, export("tmx")).status()).isEqualTo(401);
    }

    private String export(String format) {
        return "/api/v1/documents/" + doc + "/export?locale=fr&format=" + format;
    }

    private long id(int index) {
        return rows.get(index).path("id").asLong();
    }

    private void save(int index, String target, String status) {
        assertThat(api.putJson(
                                "translator",
                                "/api/v1/documents/" + doc + "/segments/" + id(index) + "/translations/fr",
                                Map.of("target", target, "status", status, "version", 0))
                        .status())
                .isEqualTo(200);
    }

    private void review(int index, String action, String comment) {
        Map<String, Object> body = comment == null
                ? Map.of("action", action, "version", 1)
                : Map.of("action", action, "comment", comment, "version", 1);
        assertThat(api.postJson(
                                "reviewer",
                                "/api/v1/documents/" + doc + "/segments/" + id(index) + "/translations/fr/review",
                                body)
                        .status())
                .isEqualTo(200);
    }

    /**
     * Valid against the OASIS XLIFF 1.2 strict schema, with the ITS 2.0 schema for the Localization Quality Issue
     * markup (strict 1.2 validates foreign attributes and elements against their schema).
     */
    static void validate12(String body) throws Exception {
        Path corpora = corpora();
        Path xsd = corpora.resolve("xliff/xliff-1.2-schemas/xliff-core-1.2-strict.xsd");
        Path its = corpora.resolve("xliff/oasis-xliff-2.1-2.2/xliff-21/schemas/its.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            if (systemId != null && systemId.endsWith("xml.xsd")) {
                return input(corpora.resolve("xliff/xliff-1.2-schemas/xml.xsd"), systemId);
            }
            return null;
        });
        factory.newSchema(new StreamSource[] {new StreamSource(its.toFile()), new StreamSource(xsd.toFile())})
                .newValidator()
                .validate(new StreamSource(new StringReader(body)));
    }

    /** Valid against the OASIS XLIFF 2.1 core, glossary, matches and ITS schemas, and by Okapi's validator. */
    static void validate21(String body) throws Exception {
        Path schemas = corpora().resolve("xliff/oasis-xliff-2.1-2.2/xliff-21/schemas");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(new StreamSource[] {
                    new StreamSource(schemas.resolve("xliff_core_2.0.xsd").toFile()),
                    new StreamSource(schemas.resolve("glossary.xsd").toFile()),
                    new StreamSource(schemas.resolve("matches.xsd").toFile()),
                    new StreamSource(schemas.resolve("its.xsd").toFile())
                })
                .newValidator()
                .validate(new StreamSource(new StringReader(body)));
        // Okapi's XLIFF 2 reader with its full validation (schemas, fragment identifiers, processing requirements)
        net.sf.okapi.lib.xliff2.reader.XLIFFReader.validate(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), null);
    }

    private static ErrorHandler failOnError() {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        };
    }

    private static InputSource source(Path file) throws java.io.IOException {
        InputSource source = new InputSource(Files.newInputStream(file));
        source.setSystemId(file.toUri().toString());
        return source;
    }

    private static org.w3c.dom.ls.LSInput input(Path file, String systemId) {
        try {
            var registry = org.w3c.dom.bootstrap.DOMImplementationRegistry.newInstance();
            var ls = (org.w3c.dom.ls.DOMImplementationLS) registry.getDOMImplementation("LS");
            org.w3c.dom.ls.LSInput input = ls.createLSInput();
            input.setByteStream(Files.newInputStream(file));
            input.setSystemId(systemId);
            return input;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the corpora (with the XLIFF schemas) are at hand; CI always has them. */
    static boolean corporaPresent() {
        String property = System.getProperty("tessera.corpora", "");
        return "true".equals(System.getenv("CI"))
                || !property.isBlank() && Files.isDirectory(Path.of(property).resolve("xliff"));
    }

    private static Path corpora() {
        String property = System.getProperty("tessera.corpora", "");
        Path folder = property.isBlank() ? null : Path.of(property);
        if (folder == null || !Files.isDirectory(folder.resolve("xliff"))) {
            String message = "XLIFF/TMX corpora not found: set -Dtessera.corpora=../shared/corpora";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + " (required when CI=true)");
            }
            Assumptions.assumeTrue(false, message);
        }
        return folder;
    }
}
