package dev.tessera.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Glossaries over real HTTP: creating, importing TBX and CSV (merged by concept id), refusing bad files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GlossaryApiTest {

    static final String TBX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
            <martif type="TBX" xml:lang="en"><text><body>
              <termEntry id="cpec">
                <langSet xml:lang="en"><tig><term>CPEC</term></tig></langSet>
                <langSet xml:lang="zh-Hans"><tig><term>中巴经济走廊</term></tig></langSet>
              </termEntry>
              <termEntry id="kabul">
                <langSet xml:lang="en"><tig><term>Kabul</term></tig></langSet>
                <langSet xml:lang="fr"><tig><term>Kaboul</term></tig></langSet>
              </termEntry>
            </body></text></martif>
            """;

    @LocalServerPort
    int port;

    ApiClient api;
    long glossary;

    @BeforeEach
    void createGlossary() {
        api = new ApiClient(port);
        Response created = api.postJson("manager", "/api/v1/glossaries", Map.of("name", "G " + UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        glossary = created.json().path("id").asLong();
    }

    @Test
    void managersCreateGlossariesOthersReadThem() {
        assertThat(api.postJson("translator", "/api/v1/glossaries", Map.of("name", "Mine")).status()).isEqualTo(403);
        assertThat(api.postJson("manager", "/api/v1/glossaries", Map.of("name", " ")).error()).isEqualTo("validation_failed");
        String name = "Dup " + UUID.randomUUID();
        assertThat(api.postJson("manager", "/api/v1/glossaries", Map.of("name", name)).status()).isEqualTo(201);
        assertThat(api.postJson("manager", "/api/v1/glossaries", Map.of("name", name)).error()).isEqualTo("duplicate");
        Response list = api.get("translator", "/api/v1/glossaries");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(name);
    }

    @Test
    void aTbxImportMergesByConceptId() {
        Response first = importTbx("manager", TBX);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("concepts").asInt()).isEqualTo(2);
        assertThat(first.json().path("created").asInt()).isEqualTo(2);
        assertThat(first.json().path("terms").asInt()).isEqualTo(4);
        String changed = TBX.replace("<term>Kaboul</term>", "<term>Kaboul</term></tig><tig><term>Kabul</term>")
                .replace("id=\"cpec\"", "id=\"cpec-2\"");
        Response second = importTbx("manager", changed);
        assertThat(second.json().path("created").asInt()).isEqualTo(1);
        assertThat(second.json().path("updated").asInt()).isEqualTo(1);
        JsonNode kabul = api.get("translator", "/api/v1/glossaries/" + glossary + "/concepts?q=kaboul").json();
        assertThat(kabul).hasSize(1);
        assertThat(kabul.get(0).path("terms").toString()).contains("ADMITTED");
        JsonNode cpec = api.get("translator", "/api/v1/glossaries/" + glossary + "/concepts?q=CPEC").json();
        assertThat(cpec.get(0).path("terms").get(0).path("caseSensitive").asBoolean()).isTrue();
        JsonNode totals = find(api.get("translator", "/api/v1/glossaries").json(), glossary);
        assertThat(totals.path("concepts").asInt()).isEqualTo(3);
        assertThat(totals.path("terms").asInt()).isEqualTo(7);
    }

    @Test
    void aCsvImportReadsTheBilingualShape() {
        Response imported = api.post("manager", "/api/v1/glossaries/" + glossary + "/import", "text/csv; charset=UTF-8",
                "sourceLang,targetLang,sourceString,targetString\nen,ur,terrorist,دہشت گرد\n".getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("concepts").asInt()).isEqualTo(1);
        assertThat(api.get("translator", "/api/v1/glossaries/" + glossary + "/concepts?q=دہشت").json()).hasSize(1);
    }

    @Test
    void badFilesAreRefusedAndChangeNothing() {
        importTbx("manager", TBX);
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE martif [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<martif><text><body><termEntry id=\"x\"><langSet xml:lang=\"en\"><tig><term>&x;</term></tig>"
                + "</langSet></termEntry></body></text></martif>";
        Response refused = importTbx("manager", hostile);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asString()).startsWith("Line ");
        assertThat(importTbx("manager", "<martif><text>").status()).isEqualTo(400);
        assertThat(importTbx("manager", TBX.replace("</martif>", "")).status()).as("half a file").isEqualTo(400);
        assertThat(importTbx("translator", TBX).status()).isEqualTo(403);
        assertThat(api.post("manager", "/api/v1/glossaries/" + glossary + "/import", "text/plain", TBX.getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(415);
        assertThat(api.post("manager", "/api/v1/glossaries/987654/import", "application/xml", TBX.getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(404);
        assertThat(api.post("manager", "/api/v1/glossaries/" + glossary + "/import", "application/xml", new byte[0])
                .status()).isEqualTo(400);
        assertThat(api.post("manager", "/api/v1/glossaries/" + glossary + "/import", "application/xml",
                new byte[11 * 1024 * 1024]).status()).as("over the 10 MB upload limit").isEqualTo(413);
        JsonNode totals = find(api.get("translator", "/api/v1/glossaries").json(), glossary);
        assertThat(totals.path("concepts").asInt()).isEqualTo(2);
        assertThat(totals.path("terms").asInt()).isEqualTo(4);
    }

    @Test
    void theSdlTermbaseImportsWith223Concepts() throws Exception {
        String corpora = System.getProperty("tessera.corpora", "");
        Path file = Path.of(corpora.isBlank() ? "." : corpora, "tbx/okapi-lib-terminology-tests/sdl_tbx.tbx");
        Assumptions.assumeTrue(Files.isRegularFile(file) || "true".equals(System.getenv("CI")), "no corpora");
        byte[] bytes = Files.readAllBytes(file);
        Response imported = api.post("manager", "/api/v1/glossaries/" + glossary + "/import", "application/xml", bytes);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("concepts").asInt()).isEqualTo(223);
    }

    @Test
    void managersLinkGlossariesToProjects() {
        String link = "/api/v1/projects/china-pakistan/glossaries/" + glossary;
        assertThat(api.send("translator", java.net.http.HttpRequest.newBuilder(api.uri(link))
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(403);
        assertThat(api.send("manager", java.net.http.HttpRequest.newBuilder(api.uri(link))
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(204);
        assertThat(api.send("manager", java.net.http.HttpRequest.newBuilder(api.uri(link))
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody())).status()).as("again").isEqualTo(204);
        assertThat(api.get("translator", "/api/v1/projects/china-pakistan/glossaries").body()).contains("\"id\":" + glossary);
        assertThat(api.send("manager", java.net.http.HttpRequest.newBuilder(api.uri("/api/v1/projects/nope/glossaries/" + glossary))
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(404);
        assertThat(api.send("manager", java.net.http.HttpRequest.newBuilder(api.uri(link)).DELETE()).status()).isEqualTo(204);
        assertThat(api.get("translator", "/api/v1/projects/china-pakistan/glossaries").body()).doesNotContain("\"id\":" + glossary + ",");
    }

    @Test
    void theDemoGlossaryIsReadFromTheFolderAndLinkedToTheDemoProject() {
        JsonNode demo = null;
        for (JsonNode node : api.get("translator", "/api/v1/glossaries").json()) {
            if (node.path("name").asString().equals("china-pakistan")) {
                demo = node;
            }
        }
        assertThat(demo).as("glossary/china-pakistan.tbx was read at start-up").isNotNull();
        assertThat(demo.path("concepts").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(api.get("translator", "/api/v1/projects/china-pakistan/glossaries").body()).contains("china-pakistan");
        JsonNode cpec = api.get("translator", "/api/v1/glossaries/" + demo.path("id").asLong() + "/concepts?q=CPEC").json();
        assertThat(cpec.get(0).path("terms").toString()).contains("中巴经济走廊", "چین پاکستان اقتصادی راہداری");
        assertThat(api.get("translator", "/api/v1/glossaries/" + demo.path("id").asLong() + "/concepts").body())
                .contains("FORBIDDEN");
        JsonNode aukus = api.get("translator", "/api/v1/glossaries/" + demo.path("id").asLong() + "/concepts?q=AUKUS").json();
        assertThat(aukus.get(0).path("doNotTranslate").asBoolean()).isTrue();
    }

    @Test
    void anExportReadsBackAsTheSameGlossaryInBothTbxVersions() {
        importTbx("manager", TBX.replace("<tig><term>Kaboul</term></tig>",
                "<tig><term>Kaboul</term></tig><tig><term>Kabul</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></tig>"));
        for (String version : new String[] {"2", "3"}) {
            Response export = api.get("translator", "/api/v1/glossaries/" + glossary + "/export?format=tbx&version=" + version);
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains(".tbx"));
            assertThat(export.body()).contains(version.equals("2") ? "<martif" : "<tbx", "deprecatedTerm-admn-sts");
            long copy = api.postJson("manager", "/api/v1/glossaries", Map.of("name", "Copy " + UUID.randomUUID()))
                    .json().path("id").asLong();
            Response imported = api.post("manager", "/api/v1/glossaries/" + copy + "/import", "application/xml",
                    export.body().getBytes(StandardCharsets.UTF_8));
            assertThat(imported.json().path("concepts").asInt()).isEqualTo(2);
            assertThat(imported.json().path("terms").asInt()).isEqualTo(5);
            assertThat(api.get("translator", "/api/v1/glossaries/" + copy + "/concepts?q=kaboul").json().get(0)
                    .path("terms").toString()).contains("FORBIDDEN");
        }
        assertThat(api.get("translator", "/api/v1/glossaries/" + glossary + "/export?format=xlsx").status()).isEqualTo(400);
        assertThat(api.get("translator", "/api/v1/glossaries/987654/export").status()).isEqualTo(404);
    }

    private Response importTbx(String user, String tbx) {
        return api.post(user, "/api/v1/glossaries/" + glossary + "/import", "application/xml",
                tbx.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode find(JsonNode array, long id) {
        for (JsonNode node : array) {
            if (node.path("id").asLong() == id) {
                return node;
            }
        }
        throw new AssertionError("No glossary " + id + " in " + array);
    }
}
