package dev.tessera.browser;

import static com.codeborne.selenide.Condition.exactText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.OnPostgres;
import dev.tessera.support.PostgresSchema;
import dev.tessera.support.ServerProcess;
import dev.tessera.support.TranslatedProject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL: this test's server (node B, where the browser is) and a second server process (node
 * A). A save made through node A's API shows in the editor open on node B, carried by LISTEN/NOTIFY.
 */
@OnPostgres
class CrossNodeLiveIT extends BrowserTest {

    @TempDir
    Path folder;

    @Test
    void aSaveThroughNodeAShowsInAnEditorOpenOnNodeB() throws Exception {
        TranslatedProject project = TranslatedProject.create(new ApiClient(port), "cross-node", "fr");
        long document = project.document("nodes.txt", "The first sentence is here.\nThe second one follows it.\n");
        List<Long> segments = project.segments(document);
        try (ServerProcess nodeA = new ServerProcess(folder, PostgresSchema.existing("tessera_test_crossnodeliveit"))) {
            nodeA.start();
            LoginPage.open().signInAs("translator", "translator");
            EditorPage editor = EditorPage.open(document, "fr").shouldBeActiveAt(1);

            long sent = System.nanoTime();
            ApiClient.Response saved = new ApiClient(nodeA.port())
                    .putJson(
                            "translator",
                            "/api/v1/documents/" + document + "/segments/" + segments.get(1) + "/translations/fr",
                            Map.of("target", "La seconde la suit.", "status", "TRANSLATED", "version", 0));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            editor.target(2).shouldHave(exactText("La seconde la suit."), Duration.ofSeconds(10));
            System.out.printf(
                    "A save on node A showed on node B after %d ms%n", (System.nanoTime() - sent) / 1_000_000);
        }
    }
}
