package dev.tessera.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Users over HTTP, outside demo mode (so the password rules apply): an administrator creates users and changes
 * them, a change takes effect on the next request, everyone changes their own password, and five wrong passwords
 * lock a username's sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(
        properties = {"tessera.demo=false", "tessera.admin.username=root", "tessera.admin.password=Granite-Harbour-42"})
class UserApiTest {

    static final String ROOT = "root:Granite-Harbour-42";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void anAdministratorCreatesAUserWhoseChangesTakeEffectAtOnce() {
        Response created = api.postJson(
                ROOT,
                "/api/v1/users",
                Map.of(
                        "username",
                        "amina",
                        "displayName",
                        "Amina K.",
                        "role",
                        "TRANSLATOR",
                        "password",
                        "Lantern-Meadow-7"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("role").asString()).isEqualTo("TRANSLATOR");
        assertThat(created.body()).doesNotContain("Lantern").doesNotContain("password");
        String amina = "amina:Lantern-Meadow-7";
        assertThat(api.get(amina, "/api/v1/projects").status()).isEqualTo(200);
        assertThat(api.get(amina, "/api/v1/users").status()).isEqualTo(403);
        assertThat(api.get(ROOT, "/api/v1/users").json().toString())
                .contains("\"username\":\"amina\"")
                .contains("\"enabled\":true");

        Response promoted = api.patchJson(ROOT, "/api/v1/users/amina", Map.of("role", "ADMIN"));
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(api.get(amina, "/api/v1/users").status()).isEqualTo(200);

        assertThat(api.patchJson(ROOT, "/api/v1/users/amina", Map.of("enabled", false))
                        .status())
                .isEqualTo(200);
        Response disabled = api.get(amina, "/api/v1/projects");
        assertThat(disabled.status()).isEqualTo(401);
        assertThat(disabled.json().path("message").asString()).contains("disabled");

        assertThat(api.patchJson(ROOT, "/api/v1/users/amina", Map.of("enabled", true, "password", "Copper-Kettle-91"))
                        .status())
                .isEqualTo(200);
        assertThat(api.get(amina, "/api/v1/projects").status()).isEqualTo(401);
        assertThat(api.get("amina:Copper-Kettle-91", "/api/v1/projects").status())
                .isEqualTo(200);
    }

    @Test
    void badUsersAreRefused() {
        Map<String, Object> good =
                Map.of("username", "ben", "displayName", "Ben", "role", "REVIEWER", "password", "Orchard-Velvet-33");
        assertThat(create(Map.of("username", "ben", "role", "REVIEWER", "password", "short"))
                        .status())
                .isEqualTo(400);
        assertThat(create(Map.of("username", "ben", "role", "REVIEWER", "password", "ben-ben-ben-ben"))
                        .status())
                .as("the username in the password")
                .isEqualTo(400);
        assertThat(create(Map.of("username", "b", "role", "REVIEWER", "password", "Orchard-Velvet-33"))
                        .status())
                .isEqualTo(400);
        assertThat(create(Map.of("username", "ben", "role", "BOSS", "password", "Orchard-Velvet-33"))
                        .status())
                .isEqualTo(400);
        assertThat(create(good).status()).isEqualTo(201);
        assertThat(create(good).status()).isEqualTo(409);
        assertThat(api.postJson(
                                "ben:Orchard-Velvet-33",
                                "/api/v1/users",
                                Map.of("username", "eve", "role", "ADMIN", "password", "Orchard-Velvet-34"))
                        .status())
                .isEqualTo(403);
        assertThat(api.patchJson(ROOT, "/api/v1/users/nobody", Map.of("enabled", false))
                        .status())
                .isEqualTo(404);
        Response lastAdmin = api.patchJson(ROOT, "/api/v1/users/root", Map.of("enabled", false));
        assertThat(lastAdmin.status()).isEqualTo(409);
        assertThat(lastAdmin.json().path("message").asString()).contains("last enabled administrator");
        assertThat(api.patchJson(ROOT, "/api/v1/users/root", Map.of("role", "MANAGER"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void everyoneChangesTheirOwnPasswordWithTheCurrentOne() {
        create(Map.of("username", "chen", "role", "TRANSLATOR", "password", "Willow-Signal-58"));
        String chen = "chen:Willow-Signal-58";
        assertThat(api.postJson(chen, "/api/v1/me/password", Map.of("current", "wrong", "new", "Harbor-Lights-77"))
                        .status())
                .isEqualTo(400);
        assertThat(api.postJson(chen, "/api/v1/me/password", Map.of("current", "Willow-Signal-58", "new", "short"))
                        .status())
                .isEqualTo(400);
        assertThat(api.postJson(
                                chen,
                                "/api/v1/me/password",
                                Map.of("current", "Willow-Signal-58", "new", "Harbor-Lights-77"))
                        .status())
                .isEqualTo(204);
        assertThat(api.get(chen, "/api/v1/projects").status()).isEqualTo(401);
        assertThat(api.get("chen:Harbor-Lights-77", "/api/v1/projects").status())
                .isEqualTo(200);
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameForAWhile() {
        create(Map.of("username", "dara", "role", "TRANSLATOR", "password", "Silver-Compass-64"));
        for (int i = 0; i < LoginThrottle.ATTEMPTS; i++) {
            Response wrong = api.get("dara:wrong-" + i, "/api/v1/projects");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.json().path("message").asString()).doesNotContain("Too many");
        }
        Response locked = api.get("dara:Silver-Compass-64", "/api/v1/projects");
        assertThat(locked.status()).as("even the right password is refused now").isEqualTo(401);
        assertThat(locked.json().path("message").asString())
                .contains("Too many failed sign-ins")
                .contains("15 minutes");
        assertThat(api.get(ROOT, "/api/v1/projects").status())
                .as("other users sign in")
                .isEqualTo(200);
        String audit = api.get(ROOT, "/api/v1/audit?user=dara").body();
        assertThat(audit).contains("\"action\":\"sign_in_failed\"").contains("\"action\":\"sign_in_locked\"");
    }

    private Response create(Map<String, Object> body) {
        return api.postJson(ROOT, "/api/v1/users", body);
    }
}
