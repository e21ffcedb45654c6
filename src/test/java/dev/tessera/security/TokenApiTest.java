package dev.tessera.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.shared.AuditEvent;
import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Personal API tokens over HTTP: created once, used as Bearer with the user's current role, revoked, expired. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class TokenApiTest {

    static final String TOKENS = "/api/v1/me/tokens";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TokenService tokenService;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aNewTokenIsShownOnceAndActsWithItsUsersRole() {
        String name = unique("ci export");
        Response created = api.postJson("translator", TOKENS, Map.of("name", name));
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        long id = body.path("id").asLong();
        String token = body.path("token").asString();
        assertThat(body.path("name").asString()).isEqualTo(name);
        assertThat(token).startsWith("tsr_").hasSize(4 + 43);
        assertThat(body.path("expiresAt").isNull()).isTrue();
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith(TOKENS + "/" + id);

        assertThat(bearer(token, "GET", "/api/v1/projects", null).status()).isEqualTo(200);
        Response managerOnly = bearer(
                token,
                "POST",
                "/api/v1/projects",
                Map.of(
                        "slug",
                        "t" + System.nanoTime(),
                        "name",
                        "Not allowed",
                        "sourceLocale",
                        "en",
                        "targetLocales",
                        List.of("fr")));
        assertThat(managerOnly.status()).isEqualTo(403);
        assertThat(managerOnly.error()).isEqualTo("forbidden");

        Response list = api.get("translator", TOKENS);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(token).doesNotContain("\"token\"");
        JsonNode listed = find(list.json(), id);
        assertThat(listed.path("name").asString()).isEqualTo(name);
        assertThat(listed.path("createdAt").asString())
                .isEqualTo(body.path("createdAt").asString())
                .endsWith("Z");
        assertThat(listed.path("lastUsedAt").asString()).endsWith("Z");
        assertThat(listed.has("expiresAt")).isTrue();
        assertThat(api.get("translator", TOKENS + "/" + id).json().path("name").asString())
                .isEqualTo(name);
        assertThat(api.get("reviewer", TOKENS).body()).doesNotContain(name);
    }

    @Test
    void aRevokedTokenIsRefusedAndSaysSo() {
        JsonNode created = create("translator", unique("revoked"), null);
        long id = created.path("id").asLong();
        String token = created.path("token").asString();
        assertThat(api.send(
                                "translator",
                                HttpRequest.newBuilder(api.uri(TOKENS + "/" + id))
                                        .DELETE())
                        .status())
                .isEqualTo(204);

        Response refused = bearer(token, "GET", "/api/v1/projects", null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.error()).isEqualTo("unauthorized");
        assertThat(refused.json().path("message").asString()).contains("revoked");
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(api.get("translator", TOKENS).body()).doesNotContain("\"id\":" + id + ",");
        assertThat(api.send(
                                "translator",
                                HttpRequest.newBuilder(api.uri(TOKENS + "/" + id))
                                        .DELETE())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anExpiredTokenIsRefusedAndSaysSo() {
        Instant inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        JsonNode created = create("reviewer", unique("expiring"), inAnHour.toString());
        assertThat(Instant.parse(created.path("expiresAt").asString())).isEqualTo(inAnHour);
        String token = created.path("token").asString();
        assertThat(bearer(token, "GET", "/api/v1/projects", null).status()).isEqualTo(200);

        jdbc.update(
                "update api_token set expires_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1),
                created.path("id").asLong());
        Response refused = bearer(token, "GET", "/api/v1/projects", null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.error()).isEqualTo("unauthorized");
        assertThat(refused.json().path("message").asString()).contains("expired");
    }

    @Test
    void anUnknownTokenIsRefused() {
        for (String token : List.of("tsr_" + "A".repeat(43), "not-a-token", "")) {
            Response refused = bearer(token, "GET", "/api/v1/projects", null);
            assertThat(refused.status()).as(token).isEqualTo(401);
            assertThat(refused.error()).isEqualTo("unauthorized");
            assertThat(refused.json().path("message").asString()).contains("not known");
        }
    }

    @Test
    void theRoleAndStateOfTheUserAreReadAtEachRequest() {
        String username = "tok" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new UserAccount(
                username, "Token tester", encoder.encode("secret-pass"), Role.TRANSLATOR, Instant.now()));
        String token = api.postJson(username + ":secret-pass", TOKENS, Map.of("name", "script"))
                .json()
                .path("token")
                .asString();
        Map<String, Object> project = Map.of(
                "slug",
                "t" + System.nanoTime(),
                "name",
                "By token",
                "sourceLocale",
                "en",
                "targetLocales",
                List.of("fr"));
        assertThat(bearer(token, "POST", "/api/v1/projects", project).status()).isEqualTo(403);

        jdbc.update("update app_user set role = 'MANAGER' where username = ?", username);
        assertThat(bearer(token, "POST", "/api/v1/projects", project).status()).isEqualTo(201);

        jdbc.update("update app_user set enabled = false where username = ?", username);
        Response refused = bearer(token, "GET", "/api/v1/projects", null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.error()).isEqualTo("unauthorized");
        assertThat(refused.json().path("message").asString()).contains("disabled");
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() {
        JsonNode created = create("translator", unique("last use"), null);
        long id = created.path("id").asLong();
        String token = created.path("token").asString();
        assertThat(find(api.get("translator", TOKENS).json(), id)
                        .path("lastUsedAt")
                        .isNull())
                .isTrue();

        bearer(token, "GET", "/api/v1/projects", null);
        String firstUse = find(api.get("translator", TOKENS).json(), id)
                .path("lastUsedAt")
                .asString();
        bearer(token, "GET", "/api/v1/projects", null);
        assertThat(find(api.get("translator", TOKENS).json(), id)
                        .path("lastUsedAt")
                        .asString())
                .isEqualTo(firstUse);

        OffsetDateTime twoMinutesEarlier =
                Instant.parse(firstUse).atOffset(ZoneOffset.UTC).minusMinutes(2);
        jdbc.update("update api_token set last_used_at = ? where id = ?", twoMinutesEarlier, id);
        bearer(token, "GET", "/api/v1/projects", null);
        Instant latest = Instant.parse(find(api.get("translator", TOKENS).json(), id)
                .path("lastUsedAt")
                .asString());
        assertThat(latest).isAfter(twoMinutesEarlier.toInstant());
    }

    @Test
    void onlyTheOwnerSeesAndRevokesAToken() {
        JsonNode created = create("translator", unique("mine"), null);
        long id = created.path("id").asLong();
        Response notYours = api.send(
                "reviewer", HttpRequest.newBuilder(api.uri(TOKENS + "/" + id)).DELETE());
        assertThat(notYours.status()).isEqualTo(404);
        assertThat(notYours.error()).isEqualTo("not_found");
        assertThat(api.get("reviewer", TOKENS + "/" + id).status()).isEqualTo(404);
        assertThat(api.send(
                                "admin",
                                HttpRequest.newBuilder(api.uri(TOKENS + "/999999999"))
                                        .DELETE())
                        .status())
                .isEqualTo(404);
        assertThat(bearer(created.path("token").asString(), "GET", "/api/v1/projects", null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aTokenListsAndRevokesButDoesNotCreateTokens() {
        JsonNode created = create("manager", unique("bootstrap"), null);
        String token = created.path("token").asString();
        assertThat(bearer(token, "GET", TOKENS, null).status()).isEqualTo(200);
        Response refused = bearer(token, "POST", TOKENS, Map.of("name", unique("minted")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("forbidden");
        assertThat(bearer(token, "DELETE", TOKENS + "/" + created.path("id").asLong(), null)
                        .status())
                .isEqualTo(204);
    }

    @Test
    void invalidRequestsAreRefused() {
        assertValidationFailed(Map.of());
        assertValidationFailed(Map.of("name", "  "));
        assertValidationFailed(Map.of("name", "x".repeat(101)));
        assertValidationFailed(Map.of("name", unique("past"), "expiresAt", "2020-01-01T00:00:00Z"));
        assertValidationFailed(Map.of(
                "name",
                unique("yesterday"),
                "expiresAt",
                LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()));
        assertValidationFailed(Map.of("name", unique("garbled"), "expiresAt", "next tuesday"));
        assertThat(api.post("translator", TOKENS, "application/json", "{".getBytes())
                        .status())
                .isEqualTo(400);

        String longest = unique("x").concat("y".repeat(100)).substring(0, 100);
        assertThat(api.postJson("translator", TOKENS, Map.of("name", longest)).status())
                .isEqualTo(201);

        String name = unique("twice");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode first = create("translator", name, today.toString());
        assertThat(first.path("expiresAt").asString()).isEqualTo(today.plusDays(1) + "T00:00:00Z");
        Response twice = api.postJson("translator", TOKENS, Map.of("name", name));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.error()).isEqualTo("duplicate");
        assertThat(api.postJson("reviewer", TOKENS, Map.of("name", name)).status())
                .as("another user's")
                .isEqualTo(201);

        api.send(
                "translator",
                HttpRequest.newBuilder(api.uri(TOKENS + "/" + first.path("id").asLong()))
                        .DELETE());
        assertThat(api.postJson("translator", TOKENS, Map.of("name", name)).status())
                .as("after revoking")
                .isEqualTo(201);
    }

    @Test
    void creationAndRevocationAreAudited(ApplicationEvents events) {
        String name = unique("audited");
        TokenService.CreatedToken created =
                SystemActor.callAs("reviewer", Role.REVIEWER, () -> tokenService.create(name, null));
        SystemActor.callAs("reviewer", Role.REVIEWER, () -> {
            tokenService.revoke(created.info().id());
            return null;
        });
        assertThat(events.stream(AuditEvent.class)
                        .filter(e -> name.equals(e.detail()))
                        .toList())
                .containsExactly(
                        AuditEvent.of("reviewer", "token_created", "reviewer", name),
                        AuditEvent.of("reviewer", "token_revoked", "reviewer", name));
    }

    private void assertValidationFailed(Map<String, Object> request) {
        Response refused = api.postJson("translator", TOKENS, request);
        assertThat(refused.status()).as(request.toString()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("validation_failed");
        assertThat(refused.json().path("message").asString()).isNotBlank();
    }

    private JsonNode create(String user, String name, String expiresAt) {
        Map<String, Object> request = new HashMap<>(Map.of("name", name));
        if (expiresAt != null) {
            request.put("expiresAt", expiresAt);
        }
        Response created = api.postJson(user, TOKENS, request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private Response bearer(String token, String method, String path, Object json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json)));
        }
        return api.send(null, request);
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode node : list) {
            if (node.path("id").asLong() == id) {
                return node;
            }
        }
        throw new AssertionError("No token " + id + " in " + list);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
