package dev.tessera.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What an operator reads: the probes, the metrics (administrators only) and the request id of every answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsApiTest {

    @LocalServerPort
    int port;

    @Test
    void probesAnswerAnyone() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get(null, "/actuator/health/liveness").body()).contains("\"UP\"");
        assertThat(api.get(null, "/actuator/health/readiness").body()).contains("\"UP\"");
        assertThat(api.get(null, "/actuator/health/startup").body()).contains("did the start-up work");
    }

    @Test
    void metricsAreForAdministratorsAndCountTheWork() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.get("manager", "/actuator/prometheus").status()).isEqualTo(403);
        long document = api.get("translator", "/api/v1/projects/china-pakistan/documents")
                .json()
                .get(0)
                .path("id")
                .asLong();
        Response segments = api.get("translator", "/api/v1/documents/" + document + "/segments?locale=zh-Hans");
        long segment = segments.json().get(0).path("id").asLong();
        Response stale = api.putJson(
                "translator",
                "/api/v1/documents/" + document + "/segments/" + segment + "/translations/zh-Hans",
                Map.of("target", "过时的版本。", "status", "DRAFT", "version", 999));
        assertThat(stale.status()).isEqualTo(409);
        api.get("translator", "/api/v1/documents/" + document + "/segments/" + segment + "/matches?locale=zh-Hans");
        Response metrics = api.get("admin", "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("tessera_saves_seconds_count{outcome=\"conflict\"}")
                .contains("tessera_memory_lookups_seconds")
                .contains("tessera_editors_open")
                .contains("http_server_requests_seconds");
    }

    @Test
    void everyAnswerNamesItsRequestIdAndKeepsASensibleOneGiven() {
        ApiClient api = new ApiClient(port);
        Response made = api.get("translator", "/api/v1/projects");
        assertThat(made.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{16}");
        Response given = api.send(
                "translator",
                HttpRequest.newBuilder(api.uri("/api/v1/projects")).header("X-Request-Id", "lb-42.7"));
        assertThat(given.headers().firstValue("X-Request-Id")).contains("lb-42.7");
        Response hostile = api.send(
                "translator",
                HttpRequest.newBuilder(api.uri("/api/v1/projects"))
                        .header("X-Request-Id", "<script>alert(1)</script>"));
        assertThat(hostile.headers().firstValue("X-Request-Id"))
                .get()
                .asString()
                .matches("[0-9a-f]{16}");
    }
}
