package dev.tessera.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The glossary/ folder in a folder of its own (a copy of the demo file): the three start-up cases (file unchanged;
 * file changed and database not; both changed → conflict), saving to the folder, and settling a conflict either way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GlossaryFolderTest {

    static final Path FOLDER = folder();

    static final String TBX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en"><text><body>
              <termEntry id="cpec">
                <descrip type="definition">The corridor</descrip>
                <langSet xml:lang="en"><tig><term>CPEC</term></tig></langSet>
                <langSet xml:lang="zh-Hans"><tig><term>中巴经济走廊</term></tig></langSet>
              </termEntry>
              <termEntry id="kabul">
                <langSet xml:lang="en"><tig><term>Kabul</term></tig></langSet>
                <langSet xml:lang="fr"><tig><term>Kaboul</term></tig></langSet>
              </termEntry>
            </body></text></martif>
            """;

    @DynamicPropertySource
    static void glossaryFolder(DynamicPropertyRegistry registry) {
        registry.add("tessera.glossary-dir", FOLDER::toString);
    }

    private static Path folder() {
        try {
            Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "glossary-folder-");
            Files.copy(Path.of("glossary", "china-pakistan.tbx"), folder.resolve("china-pakistan.tbx"));
            return folder;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    GlossaryFolder glossaryFolder;

    ApiClient api;
    String name;
    Path file;

    @BeforeEach
    void aGlossaryReadFromItsFile() throws IOException {
        api = new ApiClient(port);
        name = "sync-" + UUID.randomUUID();
        file = FOLDER.resolve(name + ".tbx");
        Files.writeString(file, TBX);
        glossaryFolder.run(null);
    }

    @Test
    void theDemoFileIsReadFromTheConfiguredFolder() {
        assertThat(api.get("translator", "/api/v1/projects/china-pakistan/glossaries")
                        .body())
                .contains("china-pakistan");
    }

    @Test
    void anUnchangedFileLeavesTheDatabaseAlone() {
        long id = id();
        addConcept(id, "Quad");
        glossaryFolder.run(null);
        JsonNode glossary = api.get("translator", "/api/v1/glossaries/" + id).json();
        assertThat(glossary.path("concepts").asInt()).isEqualTo(3);
        assertThat(glossary.path("folderConflict").isNull()).isTrue();
    }

    @Test
    void aChangedFileIsReadWhenTheDatabaseDidNotChange() throws IOException {
        long id = id();
        Files.writeString(
                file, TBX.replace("Kaboul", "Kâboul").replaceAll("(?s)<termEntry id=\"cpec\">.*?</termEntry>", ""));
        glossaryFolder.run(null);
        JsonNode glossary = api.get("translator", "/api/v1/glossaries/" + id).json();
        assertThat(glossary.path("concepts").asInt())
                .as("cpec left the file, so the glossary")
                .isEqualTo(1);
        assertThat(glossary.path("folderConflict").isNull()).isTrue();
        assertThat(api.get("translator", "/api/v1/glossaries/" + id + "/concepts")
                        .body())
                .contains("Kâboul");
    }

    @Test
    void whenBothChangedTheDatabaseIsKeptAndTheConflictShownUntilSettled() throws IOException {
        long id = id();
        JsonNode cpec = api.get("translator", "/api/v1/glossaries/" + id + "/concepts?q=CPEC")
                .json()
                .get(0);
        Response edited = api.putJson(
                "manager",
                "/api/v1/glossaries/" + id + "/concepts/" + cpec.path("id").asLong(),
                Map.of(
                        "definition",
                        "Edited in the browser",
                        "terms",
                        List.of(
                                Map.of("locale", "en", "text", "CPEC"),
                                Map.of("locale", "zh-Hans", "text", "中巴经济走廊"))));
        assertThat(edited.status()).isEqualTo(200);
        String changedFile = TBX.replace("The corridor", "Edited in the file");
        Files.writeString(file, changedFile);
        glossaryFolder.run(null);

        JsonNode glossary = api.get("translator", "/api/v1/glossaries/" + id).json();
        JsonNode conflict = glossary.path("folderConflict");
        assertThat(conflict.path("file").asString()).endsWith(name + ".tbx");
        assertThat(conflict.path("concepts")).hasSize(1);
        assertThat(conflict.path("concepts").get(0).path("id").asString()).isEqualTo("cpec");
        assertThat(conflict.path("concepts")
                        .get(0)
                        .path("database")
                        .path("definition")
                        .asString())
                .isEqualTo("Edited in the browser");
        assertThat(conflict.path("concepts")
                        .get(0)
                        .path("file")
                        .path("definition")
                        .asString())
                .isEqualTo("Edited in the file");
        assertThat(api.get("translator", "/api/v1/glossaries/" + id + "/concepts?q=CPEC")
                        .body())
                .as("the database was kept")
                .contains("Edited in the browser");
        glossaryFolder.run(null);
        assertThat(api.get("translator", "/api/v1/glossaries/" + id)
                        .json()
                        .path("folderConflict")
                        .isNull())
                .as("still there after another start")
                .isFalse();

        assertThat(api.post(
                                "translator",
                                "/api/v1/glossaries/" + id + "/folder/import",
                                "application/json",
                                new byte[0])
                        .status())
                .isEqualTo(403);
        Response taken =
                api.post("manager", "/api/v1/glossaries/" + id + "/folder/import", "application/json", new byte[0]);
        assertThat(taken.status()).isEqualTo(200);
        assertThat(api.get("translator", "/api/v1/glossaries/" + id)
                        .json()
                        .path("folderConflict")
                        .isNull())
                .isTrue();
        assertThat(api.get("translator", "/api/v1/glossaries/" + id + "/concepts?q=CPEC")
                        .body())
                .contains("Edited in the file");

        addConcept(id, "Quad");
        Files.writeString(file, changedFile.replace("Kaboul", "Kâboul"));
        glossaryFolder.run(null);
        JsonNode second =
                api.get("translator", "/api/v1/glossaries/" + id).json().path("folderConflict");
        assertThat(second.path("concepts")).hasSize(2);
        assertThat(second.toString()).contains("Kâboul", "Quad");
        assertThat(api.post("translator", "/api/v1/glossaries/" + id + "/folder", "application/json", new byte[0])
                        .status())
                .isEqualTo(403);
        Response saved = api.post("manager", "/api/v1/glossaries/" + id + "/folder", "application/json", new byte[0]);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("concepts").asInt()).isEqualTo(3);
        assertThat(api.get("translator", "/api/v1/glossaries/" + id)
                        .json()
                        .path("folderConflict")
                        .isNull())
                .isTrue();
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).contains("<martif", "Kaboul", "Quad").doesNotContain("Kâboul");

        glossaryFolder.run(null);
        assertThat(api.get("translator", "/api/v1/glossaries/" + id)
                        .json()
                        .path("concepts")
                        .asInt())
                .as("the written file is in sync: nothing read, nothing lost")
                .isEqualTo(3);
        addConcept(id, "AUKUS");
        Files.writeString(file, written.replace("Kaboul", "Kabul (fr)"));
        glossaryFolder.run(null);
        assertThat(api.get("translator", "/api/v1/glossaries/" + id)
                        .json()
                        .path("folderConflict")
                        .isNull())
                .isFalse();
    }

    @Test
    void aGlossaryMadeInTheBrowserIsSavedToTheFolderAndReadBackTheSame() throws IOException {
        Response created =
                api.postJson("manager", "/api/v1/glossaries", Map.of("name", "Made here " + UUID.randomUUID()));
        long id = created.json().path("id").asLong();
        addConcept(id, "Joint Coordination Committee");
        api.post(
                "manager",
                "/api/v1/glossaries/" + id + "/import",
                "text/csv",
                "en,fr\nterrorist,terroriste\n".getBytes(StandardCharsets.UTF_8));
        Response saved = api.post("manager", "/api/v1/glossaries/" + id + "/folder", "application/json", new byte[0]);
        assertThat(saved.status()).isEqualTo(200);
        Path written = FOLDER.resolve(saved.json().path("file").asString().replaceFirst("^[^/]*/", ""));
        assertThat(written)
                .exists()
                .hasFileName(FolderSync.baseName(created.json().path("name").asString()) + ".tbx");
        String before =
                api.get("translator", "/api/v1/glossaries/" + id + "/concepts").body();
        Response taken =
                api.post("manager", "/api/v1/glossaries/" + id + "/folder/import", "application/json", new byte[0]);
        assertThat(taken.status()).isEqualTo(200);
        assertThat(api.get("translator", "/api/v1/glossaries/" + id + "/concepts")
                        .body())
                .as("ids given to concepts without one keep them the same concepts")
                .isEqualTo(before);
    }

    private long id() {
        for (JsonNode glossary : api.get("translator", "/api/v1/glossaries").json()) {
            if (glossary.path("name").asString().equals(name)) {
                return glossary.path("id").asLong();
            }
        }
        throw new AssertionError("glossary " + name + " was not read from its file");
    }

    private void addConcept(long id, String text) {
        assertThat(api.postJson(
                                "manager",
                                "/api/v1/glossaries/" + id + "/concepts",
                                Map.of("terms", List.of(Map.of("locale", "en", "text", text))))
                        .status())
                .isEqualTo(201);
    }
}
