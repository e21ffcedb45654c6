package dev.tessera.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertThat(api.postJson("translator", "/api/v1/glossaries", Map.of("name", "Mine"))
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson("manager", "/api/v1/glossaries", Map.of("name", " "))
                        .error())
                .isEqualTo("validation_failed");
        String name = "Dup " + UUID.randomUUID();
        assertThat(api.postJson("manager", "/api/v1/glossaries", Map.of("name", name))
                        .status())
                .isEqualTo(201);
        assertThat(api.postJson("manager", "/api/v1/glossaries", Map.of("name", name))
                        .error())
                .isEqualTo("duplicate");
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
        JsonNode kabul = api.get("translator", "/api/v1/glossaries/" + glossary + "/concepts?q=kaboul")
                .json();
        assertThat(kabul).hasSize(1);
        assertThat(kabul.get(0).path("terms").toString()).contains("ADMITTED");
        JsonNode cpec = api.get("translator", "/api/v1/glossaries/" + glossary + "/concepts?q=CPEC")
                .json();
        assertThat(cpec.get(0).path("terms").get(0).path("caseSensitive").asBoolean())
                .isTrue();
        JsonNode totals = find(api.get("translator", "/api/v1/glossaries").json(), glossary);
        assertThat(totals.path("concepts").asInt()).isEqualTo(3);
        assertThat(totals.path("terms").asInt()).isEqualTo(7);
    }

    @Test
    void aCsvImportReadsTheBilingualShape() {
        Response imported = api.post(
                "manager",
                "/api/v1/glossaries/" + glossary + "/import",
                "text/csv; charset=UTF-8",
                "sourceLang,targetLang,sourceString,targetString\nen,ur,terrorist,دہشت گرد\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("concepts").asInt()).isEqualTo(1);
        assertThat(api.get("translator", "/api/v1/glossaries/" + glossary + "/concepts?q=دہشت")
                        .json())
                .hasSize(1);
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
        assertThat(importTbx("manager", TBX.replace("</martif>", "")).status())
                .as("half a file")
                .isEqualTo(400);
        assertThat(importTbx("translator", TBX).status()).isEqualTo(403);
        assertThat(api.post(
                                "manager",
                                "/api/v1/glossaries/" + glossary + "/import",
                                "text/plain",
                                TBX.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(415);
        assertThat(api.post(
                                "manager",
                                "/api/v1/glossaries/987654/import",
                                "application/xml",
                                TBX.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("manager", "/api/v1/glossaries/" + glossary + "/import", "application/xml", new byte[0])
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "manager",
                                "/api/v1/glossaries/" + glossary + "/import",
                                "application/xml",
                                new byte[11 * 1024 * 1024])
                        .status())
                .as("over the 10 MB upload limit")
                .isEqualTo(413);
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
        assertThat(api.send(
                                "translator",
                                java.net.http.HttpRequest.newBuilder(api.uri(link))
                                        .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()))
                        .status())
                .isEqualTo(403);
        assertThat(api.send(
                                "manager",
                                java.net.http.HttpRequest.newBuilder(api.uri(link))
                                        .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()))
                        .status())
                .isEqualTo(204);
        assertThat(api.send(
                                "manager",
                                java.net.http.HttpRequest.newBuilder(api.uri(link))
                                        .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()))
                        .status())
                .as("again")
                .isEqualTo(204);
        assertThat(api.get("translator", "/api/v1/projects/china-pakistan/glossaries")
                        .body())
                .contains("\"id\":" + glossary);
        assertThat(api.send(
                                "manager",
                                java.net.http.HttpRequest.newBuilder(
                                                api.uri("/api/v1/projects/nope/glossaries/" + glossary))
                                        .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()))
                        .status())
                .isEqualTo(404);
        assertThat(api.send(
                                "manager",
                                java.net.http.HttpRequest.newBuilder(api.uri(link))
                                        .DELETE())
                        .status())
                .isEqualTo(204);
        assertThat(api.get("translator", "/api/v1/projects/china-pakistan/glossaries")
                        .body())
                .doesNotContain("\"id\":" + glossary + ",");
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
        assertThat(api.get("translator", "/api/v1/projects/china-pakistan/glossaries")
                        .body())
                .contains("china-pakistan");
        JsonNode cpec = api.get(
                        "translator", "/api/v1/glossaries/" + demo.path("id").asLong() + "/concepts?q=CPEC")
                .json();
        assertThat(cpec.get(0).path("terms").toString()).contains("中巴经济走廊", "چین پاکستان اقتصادی راہداری");
        assertThat(api.get("translator", "/api/v1/glossaries/" + demo.path("id").asLong() + "/concepts")
                        .body())
                .contains("FORBIDDEN");
        JsonNode aukus = api.get(
                        "translator", "/api/v1/glossaries/" + demo.path("id").asLong() + "/concepts?q=AUKUS")
                .json();
        assertThat(aukus.get(0).path("doNotTranslate").asBoolean()).isTrue();
    }

    @Test
    void anExportReadsBackAsTheSameGlossaryInBothTbxVersions() {
        importTbx(
                "manager",
                TBX.replace(
                        "<tig><term>Kaboul</term></tig>",
                        "<tig><term>Kaboul</term></tig><tig><term>Kabul</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></tig>"));
        for (String version : new String[] {"2", "3"}) {
            Response export =
                    api.get("translator", "/api/v1/glossaries/" + glossary + "/export?format=tbx&version=" + version);
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(v -> assertThat(v).contains(".tbx"));
            assertThat(export.body()).contains(version.equals("2") ? "<martif" : "<tbx", "deprecatedTerm-admn-sts");
            long copy = api.postJson("manager", "/api/v1/glossaries", Map.of("name", "Copy " + UUID.randomUUID()))
                    .json()
                    .path("id")
                    .asLong();
            Response imported = api.post(
                    "manager",
                    "/api/v1/glossaries/" + copy + "/import",
                    "application/xml",
                    export.body().getBytes(StandardCharsets.UTF_8));
            assertThat(imported.json().path("concepts").asInt()).isEqualTo(2);
            assertThat(imported.json().path("terms").asInt()).isEqualTo(5);
            assertThat(api.get("translator", "/api/v1/glossaries/" + copy + "/concepts?q=kaboul")
                            .json()
                            .get(0)
                            .path("terms")
                            .toString())
                    .contains("FORBIDDEN");
        }
        assertThat(api.get("translator", "/api/v1/glossaries/" + glossary + "/export?format=xlsx")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("translator", "/api/v1/glossaries/987654/export").status())
                .isEqualTo(404);
    }

    @Test
    void managersAddEditAndDeleteConceptsOthersReadThem() {
        String concepts = "/api/v1/glossaries/" + glossary + "/concepts";
        Map<String, Object> cpec = Map.of(
                "definition",
                "The corridor",
                "doNotTranslate",
                false,
                "terms",
                List.of(
                        Map.of("locale", "en", "text", "CPEC"),
                        Map.of("locale", "zh_hans", "text", " 中巴经济走廊 ", "status", "preferred", "partOfSpeech", "noun"),
                        Map.of("locale", "zh-Hans", "text", "中巴走廊", "status", "FORBIDDEN"),
                        Map.of("locale", "en", "text", "corridor", "status", "ADMITTED", "caseSensitive", true)));
        assertThat(api.postJson("translator", concepts, cpec).status()).isEqualTo(403);
        assertThat(api.postJson("reviewer", concepts, cpec).status()).isEqualTo(403);
        Response created = api.postJson("manager", concepts, cpec);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue(concepts + "/" + id);
        assertThat(created.json().path("affected").isArray()).isTrue();
        assertThat(created.json().path("externalId").asString()).isNotBlank();
        JsonNode terms = created.json().path("terms");
        assertThat(terms).hasSize(4);
        assertThat(terms.get(0).path("caseSensitive").asBoolean())
                .as("acronym, automatic")
                .isTrue();
        assertThat(terms.get(1).path("locale").asString()).isEqualTo("zh-Hans");
        assertThat(terms.get(1).path("text").asString()).isEqualTo("中巴经济走廊");
        assertThat(terms.get(1).path("partOfSpeech").asString()).isEqualTo("noun");
        assertThat(terms.get(2).path("status").asString()).isEqualTo("FORBIDDEN");
        assertThat(terms.get(3).path("caseSensitive").asBoolean())
                .as("set by hand")
                .isTrue();

        Response read = api.get("translator", concepts + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("definition").asString()).isEqualTo("The corridor");

        Map<String, Object> edited = Map.of(
                "definition",
                "The China-Pakistan Economic Corridor",
                "note",
                "BRI",
                "domain",
                "economy",
                "doNotTranslate",
                true,
                "terms",
                List.of(
                        Map.of("locale", "en", "text", "CPEC", "caseSensitive", false),
                        Map.of("locale", "fr", "text", "CECP", "status", "ADMITTED")));
        assertThat(api.putJson("translator", concepts + "/" + id, edited).status())
                .isEqualTo(403);
        Response saved = api.putJson("manager", concepts + "/" + id, edited);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("affected").isArray()).isTrue();
        JsonNode after = api.get("reviewer", concepts + "/" + id).json();
        assertThat(after.path("doNotTranslate").asBoolean()).isTrue();
        assertThat(after.path("domain").asString()).isEqualTo("economy");
        assertThat(after.path("terms")).hasSize(2);
        assertThat(after.path("terms").get(0).path("caseSensitive").asBoolean())
                .as("switched off")
                .isFalse();
        assertThat(api.get("translator", "/api/v1/glossaries/" + glossary)
                        .json()
                        .path("terms")
                        .asInt())
                .isEqualTo(2);

        var delete = java.net.http.HttpRequest.newBuilder(api.uri(concepts + "/" + id))
                .DELETE();
        assertThat(api.send("translator", delete).status()).isEqualTo(403);
        assertThat(api.send(
                                "manager",
                                java.net.http.HttpRequest.newBuilder(api.uri(concepts + "/" + id))
                                        .DELETE())
                        .status())
                .isEqualTo(204);
        assertThat(api.get("translator", concepts + "/" + id).status()).isEqualTo(404);
        assertThat(api.send(
                                "manager",
                                java.net.http.HttpRequest.newBuilder(api.uri(concepts + "/" + id))
                                        .DELETE())
                        .status())
                .isEqualTo(404);
        JsonNode resource =
                api.get("translator", "/api/v1/glossaries/" + glossary).json();
        assertThat(resource.path("concepts").asInt()).isZero();
        assertThat(resource.has("folderConflict")).isTrue();
        assertThat(resource.path("folderConflict").isNull()).isTrue();
    }

    @Test
    void anInvalidConceptIsRefusedAndChangesNothing() {
        importTbx("manager", TBX);
        String concepts = "/api/v1/glossaries/" + glossary + "/concepts";
        long kabul = api.get("translator", concepts + "?q=kaboul")
                .json()
                .get(0)
                .path("id")
                .asLong();
        String before = api.get("translator", concepts).body();
        List<Map<String, Object>> bad = List.of(
                Map.of("terms", List.of(Map.of("locale", "en", "text", "  "))),
                Map.of(
                        "terms",
                        List.of(Map.of("locale", "en", "text", "Kabul"), Map.of("locale", "EN", "text", "Kabul"))),
                Map.of("terms", List.of(Map.of("locale", "en", "text", "x".repeat(1001)))),
                Map.of("terms", List.of(Map.of("locale", "xx-nope-not", "text", "Kabul"))),
                Map.of("terms", List.of(Map.of("locale", "en", "text", "Kabul", "status", "FAVOURED"))),
                Map.of("definition", "d".repeat(4001), "terms", List.of(Map.of("locale", "en", "text", "Kabul"))),
                Map.of("terms", List.of()));
        for (Map<String, Object> input : bad) {
            Response added = api.postJson("manager", concepts, input);
            assertThat(added.status()).as("POST %s", input).isEqualTo(400);
            assertThat(added.error()).isEqualTo("validation_failed");
            assertThat(added.json().path("message").asString()).isNotBlank();
            Response edited = api.putJson("manager", concepts + "/" + kabul, input);
            assertThat(edited.status()).as("PUT %s", input).isEqualTo(400);
        }
        Response duplicate = api.putJson("manager", concepts + "/" + kabul, bad.get(1));
        assertThat(duplicate.json().path("message").asString()).contains("Kabul", "twice");
        assertThat(api.putJson(
                                "manager",
                                "/api/v1/glossaries/" + glossary + "/concepts/987654321",
                                Map.of("terms", List.of(Map.of("locale", "en", "text", "x"))))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("translator", concepts).body()).isEqualTo(before);
    }

    @Test
    void aCsvExportReadsBackAsTheSameGlossary() {
        importTbx(
                "manager",
                TBX.replace(
                        "<tig><term>Kaboul</term></tig>",
                        "<tig><term>Kaboul</term></tig><tig><term>Kabul, \"the city\"</term><termNote type=\"administrativeStatus\">"
                                + "deprecatedTerm-admn-sts</termNote></tig>"));
        api.postJson(
                "manager",
                "/api/v1/glossaries/" + glossary + "/concepts",
                Map.of(
                        "definition",
                        "A line\nbreak, a comma",
                        "doNotTranslate",
                        true,
                        "domain",
                        "politics",
                        "terms",
                        List.of(
                                Map.of("locale", "fr", "text", "Quad", "status", "ADMITTED"),
                                Map.of("locale", "en", "text", "Quad"),
                                Map.of("locale", "en", "text", "the Quad", "status", "FORBIDDEN"),
                                Map.of("locale", "zh-Hans", "text", "四方安全对话"))));
        Response export = api.get("translator", "/api/v1/glossaries/" + glossary + "/export?format=csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(export.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains(".csv"));
        assertThat(export.body())
                .doesNotStartWith("\uFEFF")
                .startsWith("id,en,zh-Hans,fr,status,definition,note,domain," + "doNotTranslate\r\n")
                .contains("\"Kabul, \"\"the city\"\"\"", "\"A line\nbreak, a comma\"");
        long copy = api.postJson("manager", "/api/v1/glossaries", Map.of("name", "CSV " + UUID.randomUUID()))
                .json()
                .path("id")
                .asLong();
        Response imported = api.post(
                "manager",
                "/api/v1/glossaries/" + copy + "/import",
                "text/csv",
                export.body().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("warnings")).isEmpty();
        assertThat(comparable(api.get("translator", "/api/v1/glossaries/" + copy + "/concepts")
                        .json()))
                .isEqualTo(comparable(api.get("translator", "/api/v1/glossaries/" + glossary + "/concepts")
                        .json()));
    }

    /** Concepts by file id with their description and their terms (locale, text, status) in a stable order. */
    private static Map<String, String> comparable(JsonNode concepts) {
        Map<String, String> byId = new java.util.TreeMap<>();
        for (JsonNode concept : concepts) {
            java.util.TreeSet<String> terms = new java.util.TreeSet<>();
            concept.path("terms")
                    .forEach(t -> terms.add(t.path("locale").asString() + "|"
                            + t.path("text").asString() + "|" + t.path("status").asString()));
            byId.put(
                    concept.path("externalId").asString(),
                    concept.path("definition").asString() + "|"
                            + concept.path("note").asString() + "|"
                            + concept.path("domain").asString() + "|"
                            + concept.path("doNotTranslate").asBoolean() + "|" + terms);
        }
        return byId;
    }

    private Response importTbx(String user, String tbx) {
        return api.post(
                user,
                "/api/v1/glossaries/" + glossary + "/import",
                "application/xml",
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
