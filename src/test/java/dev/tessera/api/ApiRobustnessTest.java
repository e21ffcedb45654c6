package dev.tessera.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.DatabaseChecksum;
import dev.tessera.support.MalformedRequests;
import dev.tessera.support.MalformedRequests.Attempt;
import dev.tessera.support.OpenApiOperations;
import dev.tessera.support.OpenApiOperations.ApiOperation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the OpenAPI document, sent malformed (odd path parameters, missing, empty, mistyped and badly
 * encoded query parameters, broken, mistyped, huge, deep and wrongly typed bodies) by a user with the role it needs
 * and by one without, through API tokens. Each answer is a 2xx where the input was in fact valid, or a 4xx with the
 * API's JSON error whose status the document declares; never a 5xx; and a refused request leaves the database as it
 * was (the audit log and tokens' last use aside). New endpoints are covered the day they appear.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// A context (and database) of its own, and a translations folder under target/ for what publishing writes.
@TestPropertySource(properties = "tessera.translations-dir=target/robustness-translations")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRobustnessTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Set<String> CODES = Set.of(
            "validation_failed",
            "unauthorized",
            "forbidden",
            "not_found",
            "stale_version",
            "invalid_state",
            "duplicate",
            "glossary_errors",
            "qa_errors",
            "too_large",
            "unsupported_media_type",
            "method_not_allowed",
            "not_acceptable");
    static final Map<String, String> WITHOUT =
            Map.of("TRANSLATOR", "", "REVIEWER", "translator", "MANAGER", "reviewer", "ADMIN", "manager");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final Map<String, String> tokens = new LinkedHashMap<>();
    final Map<String, String> fixture = new LinkedHashMap<>();

    @BeforeAll
    void fixtures() {
        ApiClient api = new ApiClient(port);
        for (String user : List.of("admin", "manager", "reviewer", "translator")) {
            ApiClient.Response created =
                    api.postJson(user, "/api/v1/me/tokens", Map.of("name", "robustness " + UUID.randomUUID()));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            tokens.put(user, created.json().path("token").asString());
            fixture.put("token:" + user, created.json().path("id").asString());
        }
        String slug = "robust-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response project = api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of("slug", slug, "name", "Robust", "sourceLocale", "en", "targetLocales", List.of("fr", "de")));
        assertThat(project.status()).as(project.body()).isEqualTo(201);
        ApiClient.Response document = api.postText(
                "manager",
                "/api/v1/projects/" + slug + "/documents?name=robust.txt",
                "The river runs quietly. Room 12 is open.");
        assertThat(document.status()).as(document.body()).isEqualTo(201);
        String documentId = document.json().path("id").asString();
        String segmentId = api.get("manager", "/api/v1/documents/" + documentId + "/segments?locale=fr")
                .json()
                .get(0)
                .path("id")
                .asString();
        ApiClient.Response glossary = api.postJson("manager", "/api/v1/glossaries", Map.of("name", "Robust " + slug));
        assertThat(glossary.status()).as(glossary.body()).isEqualTo(201);
        String glossaryId = glossary.json().path("id").asString();
        ApiClient.Response concept = api.postJson(
                "manager",
                "/api/v1/glossaries/" + glossaryId + "/concepts",
                Map.of("definition", "A river", "terms", List.of(Map.of("locale", "en", "text", "river"))));
        assertThat(concept.status()).as(concept.body()).isEqualTo(201);
        ApiClient.Response memory =
                api.postJson("manager", "/api/v1/memories", Map.of("name", "Robust " + slug, "sourceLocale", "en"));
        assertThat(memory.status()).as(memory.body()).isEqualTo(201);
        fixture.put("memory", memory.json().path("id").asString());
        fixture.putAll(Map.of(
                "slug", slug,
                "document", documentId,
                "segmentId", segmentId,
                "glossary", glossaryId,
                "conceptId", concept.json().path("id").asString(),
                "locale", "fr",
                "username", "translator"));
    }

    @Test
    void everyOperationAnswersMalformedInputWithADeclaredJsonErrorAndChangesNothing() throws Exception {
        JsonNode document = JSON.readTree(
                send(HttpRequest.newBuilder(URI.create(base() + "/v3/api-docs")).GET(), null)
                        .body());
        List<ApiOperation> operations = OpenApiOperations.read(document);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int sent = 0;
        DatabaseChecksum database = new DatabaseChecksum(dataSource);
        String before = database.checksum();
        for (ApiOperation operation : operations) {
            if (operation.role() == null) {
                problems.add(operation + ": no x-tessera-role");
                continue;
            }
            String with = switch (operation.role()) {
                case "ADMIN" -> "admin";
                case "MANAGER" -> "manager";
                case "REVIEWER" -> "reviewer";
                default -> "translator";
            };
            for (Attempt attempt : MalformedRequests.of(operation, fixture, with)) {
                for (String user : List.of(with, WITHOUT.get(operation.role()))) {
                    HttpResponse<String> answer =
                            send(attempt.request(base()), user.isEmpty() ? null : tokens.get(user));
                    sent++;
                    statuses.merge(
                            (user.equals(with) ? "with the role " : "without ") + answer.statusCode(), 1, Integer::sum);
                    String after = database.checksum();
                    String problem = judge(operation, attempt, user, answer, before, after);
                    if (problem != null) {
                        problems.add(problem);
                    }
                    before = after;
                }
            }
        }
        System.out.printf(
                "ApiRobustnessTest: %d operations, %d requests, %d problems; answers %s%n",
                operations.size(), sent, problems.size(), statuses);
        assertThat(operations).hasSizeGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    /** What is wrong with the answer, or null. */
    static String judge(
            ApiOperation operation,
            Attempt attempt,
            String user,
            HttpResponse<String> answer,
            String before,
            String after) {
        int status = answer.statusCode();
        String where =
                operation + " " + attempt.what() + " as " + (user.isEmpty() ? "anonymous" : user) + " → " + status;
        if (status >= 200 && status < 300) {
            return user.equals(WITHOUT.get(operation.role())) ? where + ": a user without the role succeeded" : null;
        }
        if (status < 400 || status >= 500) {
            return where + ": " + shorten(answer.body());
        }
        if (!operation.declared().contains(status)) {
            return where + ": status not declared in the OpenAPI document " + operation.declared();
        }
        if (!after.equals(before)) {
            return where + ": refused but the database changed";
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            if (!CODES.contains(body.path("error").asString())
                    || body.path("message").asString().isBlank()) {
                return where + ": not the JSON error: " + shorten(answer.body());
            }
        } catch (RuntimeException e) {
            return where + ": not JSON: " + shorten(answer.body());
        }
        return null;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.timeout(Duration.ofSeconds(60));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
