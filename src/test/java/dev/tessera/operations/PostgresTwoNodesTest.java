package dev.tessera.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.PostgresSchema;
import dev.tessera.support.ServerProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL, started at the same moment as separate processes: the start-up work runs on one of
 * them (the other waits or finds it done, and says so in its health), the demo data exists once, a membership
 * changed on one node restricts the member on the other, a TMX imported through one is in the other's match index,
 * sign-in failures spread over both nodes lock the username on both, and a token revoked or an account disabled on
 * one node is refused on the other at once.
 */
class PostgresTwoNodesTest {

    @TempDir
    Path folder;

    @Test
    void twoNodesStartedTogetherShareTheStartUpWorkTheMembershipsAndTheSignInThrottle() throws Exception {
        Map<String, String> database = PostgresSchema.settings("tessera_test_two_nodes");
        try (ServerProcess a = new ServerProcess(folder.resolve("a"), database);
                ServerProcess b = new ServerProcess(folder.resolve("b"), database)) {
            CompletableFuture.allOf(
                            CompletableFuture.runAsync(() -> start(a)), CompletableFuture.runAsync(() -> start(b)))
                    .join();
            ApiClient nodeA = new ApiClient(a.port());
            ApiClient nodeB = new ApiClient(b.port());

            List<String> outcomes = List.of(
                    nodeA.get(null, "/actuator/health/startup").body(),
                    nodeB.get(null, "/actuator/health/startup").body());
            assertThat(outcomes)
                    .filteredOn(o -> o.contains("did the start-up work of a new database"))
                    .hasSize(1);
            assertThat(outcomes).allMatch(o -> o.contains("\"UP\""));
            String projects = nodeB.get("manager", "/api/v1/projects").body();
            assertThat(projects.split("\"slug\":\"china-pakistan\"", -1)).hasSize(2);

            // A membership changed on node A restricts the translator on node B, which had read it before.
            long document = nodeB.get("translator", "/api/v1/projects/china-pakistan/documents")
                    .json()
                    .get(0)
                    .path("id")
                    .asLong();
            long segment = nodeB.get("translator", "/api/v1/documents/" + document + "/segments?locale=fr")
                    .json()
                    .get(0)
                    .path("id")
                    .asLong();
            String put = "/api/v1/documents/" + document + "/segments/" + segment + "/translations/fr";
            Map<String, Object> stale = Map.of("target", "Périmé.", "status", "DRAFT", "version", 999);
            assertThat(nodeB.putJson("translator", put, stale).status()).isEqualTo(409);
            assertThat(nodeA.putJson(
                                    "manager",
                                    "/api/v1/projects/china-pakistan/members/translator",
                                    Map.of("role", "TRANSLATOR", "locales", List.of("ur")))
                            .status())
                    .isEqualTo(200);
            long deadline = System.nanoTime() + 5_000_000_000L;
            int status;
            do {
                status = nodeB.putJson("translator", put, stale).status();
            } while (status != 403 && System.nanoTime() < deadline);
            assertThat(status).as("node B forgot the membership it had read").isEqualTo(403);

            // A TMX imported through node A is in node B's own match index at once: a fuzzy match there.
            tools.jackson.databind.JsonNode longest = null;
            for (tools.jackson.databind.JsonNode row : nodeB.get(
                            "reviewer", "/api/v1/documents/" + document + "/segments?locale=fr")
                    .json()) {
                if (longest == null
                        || row.path("source").asString().length()
                                > longest.path("source").asString().length()) {
                    longest = row;
                }
            }
            String variant = longest.path("source").asString() + " Indeed.";
            long memory = nodeA.postJson("manager", "/api/v1/memories", Map.of("name", "Nodes", "sourceLocale", "en"))
                    .json()
                    .path("id")
                    .asLong();
            assertThat(nodeA.putJson(
                                    "manager",
                                    "/api/v1/projects/china-pakistan/memories/" + memory,
                                    Map.of("write", false, "penalty", 0))
                            .status())
                    .isEqualTo(204);
            String tmx = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><tmx version=\"1.4\"><header srclang=\"en\""
                            + " datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" creationtool=\"t\""
                            + " creationtoolversion=\"1\" o-tmf=\"t\"/><body><tu><tuv xml:lang=\"en\"><seg>%s</seg></tuv>"
                            + "<tuv xml:lang=\"fr\"><seg>Importé sur le nœud A.</seg></tuv></tu></body></tmx>")
                    .formatted(variant.replace("&", "&amp;").replace("<", "&lt;"));
            assertThat(nodeA.post(
                                    "manager",
                                    "/api/v1/memories/" + memory + "/import",
                                    "application/xml",
                                    tmx.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            .status())
                    .isEqualTo(200);
            String matches = "/api/v1/documents/" + document + "/segments/"
                    + longest.path("id").asLong() + "/matches?locale=fr";
            deadline = System.nanoTime() + 5_000_000_000L;
            String found;
            do {
                found = nodeB.get("reviewer", matches).body();
            } while (!found.contains("Importé sur le nœud A.") && System.nanoTime() < deadline);
            assertThat(found)
                    .as("node B's index has the unit imported through node A")
                    .contains("\"FUZZY\"");

            for (int i = 0; i < 3; i++) {
                assertThat(nodeA.get("translator:wrong", "/api/v1/projects").status())
                        .isEqualTo(401);
            }
            for (int i = 0; i < 2; i++) {
                assertThat(nodeB.get("translator:wrong", "/api/v1/projects").status())
                        .isEqualTo(401);
            }
            assertThat(nodeA.get("translator", "/api/v1/projects").status())
                    .as("the right password, refused after five failures on two nodes")
                    .isEqualTo(401);
            assertThat(nodeB.get("reviewer", "/api/v1/projects").status()).isEqualTo(200);

            // A token revoked, and an account disabled, on node A are refused on node B at once.
            ApiClient.Response created =
                    nodeB.postJson("reviewer", "/api/v1/me/tokens", Map.of("name", "crosses nodes"));
            String token = ApiClient.bearer(created.json().path("token").asString());
            assertThat(nodeB.get(token, "/api/v1/projects").status()).isEqualTo(200);
            assertThat(nodeA.delete(
                                    "reviewer",
                                    "/api/v1/me/tokens/"
                                            + created.json().path("id").asLong())
                            .status())
                    .isEqualTo(204);
            assertThat(nodeB.get(token, "/api/v1/projects").status()).isEqualTo(401);
            String managerToken = ApiClient.bearer(nodeB.token("manager"));
            assertThat(nodeA.patchJson("admin", "/api/v1/users/manager", Map.of("enabled", false))
                            .status())
                    .isEqualTo(200);
            assertThat(nodeB.get(managerToken, "/api/v1/projects").status()).isEqualTo(401);
            assertThat(nodeB.get("manager", "/api/v1/projects").status()).isEqualTo(401);
        }
    }

    private static void start(ServerProcess node) {
        try {
            node.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
