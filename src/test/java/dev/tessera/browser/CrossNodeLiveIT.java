package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.SelenideDriver;
import dev.tessera.shared.ClusterBus;
import dev.tessera.support.ApiClient;
import dev.tessera.support.OnPostgres;
import dev.tessera.support.PostgresSchema;
import dev.tessera.support.ServerProcess;
import dev.tessera.support.TranslatedProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * Two nodes on one PostgreSQL: this test's server (node B, where the browser is) and a second server process (node
 * A). A save made through node A's API shows in the editor open on node B, carried by LISTEN/NOTIFY; when node B's
 * listening connection is cut, it is made again and the editor catches up with what it missed; someone editing on
 * node A is seen on node B, and no longer once node A shuts down (whose editors are told).
 */
@OnPostgres
@TestPropertySource(properties = "tessera.cluster.retry-millis=3000")
class CrossNodeLiveIT extends BrowserTest {

    private static Path folder;
    private static ServerProcess nodeA;

    @Autowired
    ClusterBus cluster;

    @Autowired
    DataSource dataSource;

    /** The schema of this test's context, where node A goes too. */
    @Value("${spring.flyway.schemas}")
    String schema;

    /** Node A, started once for the class (again after a test stopped it). */
    private ServerProcess nodeA() throws Exception {
        if (nodeA == null || !nodeA.healthy()) {
            if (folder == null) {
                folder = Files.createTempDirectory("cross-node-");
            }
            nodeA = new ServerProcess(folder, PostgresSchema.existing(schema));
            nodeA.start();
        }
        return nodeA;
    }

    @AfterAll
    static void stopNodeA() throws Exception {
        if (nodeA != null) {
            nodeA.close();
        }
    }

    /** A two-segment document in a new project, open in the translator's editor on node B. */
    private record Opened(long document, List<Long> segments, EditorPage editor) {}

    private Opened openOnNodeB(String slug) {
        TranslatedProject project = TranslatedProject.create(new ApiClient(port), slug, "fr");
        long document = project.document(slug + ".txt", "The first sentence is here.\nThe second one follows it.\n");
        LoginPage.open().signInAs("translator", "translator");
        return new Opened(
                document,
                project.segments(document),
                EditorPage.open(document, "fr").shouldBeActiveAt(1));
    }

    @Test
    void aSaveThroughNodeAShowsInAnEditorOpenOnNodeB() throws Exception {
        ApiClient a = new ApiClient(nodeA().port());
        Opened opened = openOnNodeB("cross-node");

        long sent = System.nanoTime();
        save(a, opened.document(), opened.segments().get(1), "La seconde la suit.");
        opened.editor().target(2).shouldHave(exactText("La seconde la suit."), Duration.ofSeconds(10));
        System.out.printf("A save on node A showed on node B after %d ms%n", (System.nanoTime() - sent) / 1_000_000);
    }

    @Test
    void whenNodeBsListeningConnectionIsCutTheEditorCatchesUpWithWhatItMissed() throws Exception {
        ApiClient a = new ApiClient(nodeA().port());
        Opened opened = openOnNodeB("cut-listener");

        // Node B tries again after 3 s: the save below is sent while nobody listens there, and is missed.
        assertThat(cutListeningConnection()).as("node B's listening connection").isEqualTo(1);
        long sent = System.nanoTime();
        save(a, opened.document(), opened.segments().get(1), "Une autre pour finir.");
        opened.editor().target(2).shouldHave(exactText("Une autre pour finir."), Duration.ofSeconds(15));
        long shown = (System.nanoTime() - sent) / 1_000_000;
        System.out.printf("Missed while cut off, the save showed on node B after %d ms%n", shown);
        assertThat(shown)
                .as("shown by the resynchronisation, not the lost message")
                .isGreaterThan(1_500);
    }

    @Test
    void someoneEditingOnNodeAIsSeenOnNodeBUntilNodeAShutsDownAndTellsItsEditors() throws Exception {
        ServerProcess a = nodeA();
        SelenideDriver onNodeA = browserAt(a.port());
        try {
            long document = openOnNodeB("presence-nodes").document();
            signIn(onNodeA, "reviewer");
            onNodeA.open("/documents/" + document + "/fr");
            onNodeA.$("#target-editor").shouldHave(attribute("data-position", "1"));
            onNodeA.$("#segment-grid .source-text[data-position='2']").click();
            onNodeA.$("#target-editor").shouldHave(attribute("data-position", "2"));
            com.codeborne.selenide.Selenide.$("#segment-grid .presence[data-position='2']")
                    .shouldHave(exactText("reviewer"), Duration.ofSeconds(10));
            onNodeA.$("#segment-grid .presence[data-position='1']")
                    .shouldHave(exactText("translator"), Duration.ofSeconds(10));

            Thread stop = Thread.ofPlatform().start(() -> {
                try {
                    a.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            onNodeA.$("vaadin-notification-card")
                    .shouldHave(text("This Tessera server is shutting down"), Duration.ofSeconds(20));
            com.codeborne.selenide.Selenide.$("#segment-grid .presence[data-position='2']")
                    .shouldHave(exactText(""), Duration.ofSeconds(10));
            stop.join();
        } finally {
            onNodeA.close();
        }
    }

    private static void save(ApiClient node, long document, long segment, String target) {
        ApiClient.Response saved = node.putJson(
                "translator",
                "/api/v1/documents/" + document + "/segments/" + segment + "/translations/fr",
                Map.of("target", target, "status", "TRANSLATED", "version", 0));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    /** Ends node B's listening connection from the database side, as a network failure or a restart would. */
    private int cutListeningConnection() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement cut = connection.prepareStatement(
                        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")) {
            cut.setString(1, cluster.connectionName());
            int ended = 0;
            try (ResultSet rows = cut.executeQuery()) {
                while (rows.next()) {
                    ended += rows.getBoolean(1) ? 1 : 0;
                }
            }
            return ended;
        }
    }
}
