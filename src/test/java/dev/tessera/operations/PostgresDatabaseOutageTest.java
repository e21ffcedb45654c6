package dev.tessera.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.PostgresSchema;
import dev.tessera.support.ServerProcess;
import dev.tessera.support.TcpProxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A node cut off from its PostgreSQL (through a relay the test cuts): its health says DOWN and it is no longer
 * ready, every API request is answered 503 {@code database_unavailable} (by token, by password, reads and writes),
 * and nothing of the refused writes is stored. Once the database is back, the node is UP again, by itself, with
 * what was saved before, and its cluster connection listens again.
 */
class PostgresDatabaseOutageTest {

    @TempDir
    Path folder;

    @Test
    void aNodeCutOffFromTheDatabaseSaysDownAndRefusesEveryRequestUntilTheDatabaseIsBack() throws Exception {
        Map<String, String> settings = new HashMap<>(PostgresSchema.settings("tessera_test_outage"));
        String url = settings.get("spring.datasource.url");
        URI database = URI.create(url.substring("jdbc:".length()));
        try (TcpProxy relay = new TcpProxy(database.getHost(), database.getPort())) {
            settings.put(
                    "spring.datasource.url",
                    url.replace(database.getHost() + ":" + database.getPort(), "127.0.0.1:" + relay.port()));
            try (ServerProcess node = new ServerProcess(folder, settings)) {
                node.start();
                ApiClient api = new ApiClient(node.port());
                String token = ApiClient.bearer(api.token("translator"));
                long document = api.get(token, "/api/v1/projects/china-pakistan/documents")
                        .json()
                        .get(0)
                        .path("id")
                        .asLong();
                String segments = "/api/v1/documents/" + document + "/segments?locale=fr";
                long segment = api.get(token, segments).json().get(0).path("id").asLong();
                String put = "/api/v1/documents/" + document + "/segments/" + segment + "/translations/fr";
                ApiClient.Response before =
                        api.putJson(token, put, Map.of("target", "Avant la coupure.", "status", "DRAFT", "version", 0));
                assertThat(before.status()).as(before.body()).isEqualTo(200);
                long version = before.json().path("version").asLong();

                relay.cut();
                ApiClient.Response health = api.get(null, "/actuator/health");
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.body()).contains("DOWN");
                assertThat(api.get(null, "/actuator/health/readiness").status()).isEqualTo(503);
                assertThat(api.get(null, "/actuator/health/liveness").status())
                        .as("alive: an orchestrator must not restart it for the database's sake")
                        .isEqualTo(200);
                long asked = System.nanoTime();
                ApiClient.Response refused = api.putJson(
                        token,
                        put,
                        Map.of("target", "Pendant la coupure.", "status", "TRANSLATED", "version", version));
                long waited = (System.nanoTime() - asked) / 1_000_000;
                assertThat(refused.status()).as(refused.body()).isEqualTo(503);
                assertThat(refused.error()).isEqualTo("database_unavailable");
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(waited).as("answered within the pool's 5 s, not 30").isLessThan(15_000);
                ApiClient.Response byPassword = api.putJson(
                        "reviewer", put, Map.of("target", "Par mot de passe.", "status", "DRAFT", "version", version));
                assertThat(byPassword.status()).as(byPassword.body()).isEqualTo(503);
                assertThat(byPassword.error()).isEqualTo("database_unavailable");
                ApiClient.Response read = api.get(token, segments);
                assertThat(read.status()).as("no stale answer either").isEqualTo(503);
                System.out.printf("Cut off from the database, a save was refused after %d ms%n", waited);

                relay.restore();
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (api.get(null, "/actuator/health").status() != 200 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(api.get(null, "/actuator/health").body()).contains("UP");
                JsonNode row = api.get(token, segments).json().get(0);
                assertThat(row.path("target").asString()).isEqualTo("Avant la coupure.");
                assertThat(row.path("version").asLong()).isEqualTo(version);
                assertThat(api.putJson(
                                        token,
                                        put,
                                        Map.of(
                                                "target",
                                                "Après la coupure.",
                                                "status",
                                                "TRANSLATED",
                                                "version",
                                                version))
                                .status())
                        .isEqualTo(200);
                deadline = System.nanoTime() + 10_000_000_000L;
                while (!Files.readString(node.log()).contains("listening again") && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(Files.readString(node.log())).contains("listening again");
            }
        }
    }
}
