package dev.tessera.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.shared.AuditEvent;
import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit log over HTTP: what imports, approvals and exports leave in it, its filters, who may read it, the CSV,
 * and that a rolled-back action leaves nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    PlatformTransactionManager transactionManager;

    ApiClient api;
    String slug;
    long doc;
    long segment;

    /** A project and a document made by the manager, and its first segment approved by the reviewer. */
    @BeforeEach
    void projectWithAnApproval() {
        api = new ApiClient(port);
        slug = "a" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.postJson(
                                "manager",
                                "/api/v1/projects",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        "Audit " + slug,
                                        "sourceLocale",
                                        "en",
                                        "targetLocales",
                                        List.of("fr")))
                        .status())
                .isEqualTo(201);
        doc = api.postText(
                        "manager",
                        "/api/v1/projects/" + slug + "/documents?name=notes.txt",
                        "The sky is blue. The sea is green.")
                .json()
                .path("id")
                .asLong();
        segment = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()
                .get(0)
                .path("id")
                .asLong();
        assertThat(api.putJson(
                                "translator",
                                translation(),
                                Map.of("target", "Le ciel est bleu.", "status", "TRANSLATED", "version", 0))
                        .status())
                .isEqualTo(200);
        assertThat(api.postJson("reviewer", translation() + "/review", Map.of("action", "APPROVE", "version", 1))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anAdminFindsCreationImportAndApprovalNewestFirstByEachFilter() {
        JsonNode all = audit("admin", "project=" + slug);
        assertThat(actions(all)).containsExactly("approved", "document_imported", "project_created");
        JsonNode approved = all.get(0);
        assertThat(approved.path("actor").asString()).isEqualTo("reviewer");
        assertThat(approved.path("target").asString()).isEqualTo("segment:" + segment);
        assertThat(approved.path("detail").asString()).isEqualTo("fr");
        assertThat(approved.path("project").asString()).isEqualTo(slug);
        assertThat(all.get(1).path("target").asString()).isEqualTo("document:" + doc);
        assertThat(all.get(1).path("detail").asString()).isEqualTo("\"notes.txt\", 2 segment(s)");
        assertThat(all.get(2).path("actor").asString()).isEqualTo("manager");
        assertThat(all.get(2).path("target").asString()).isEqualTo("project:" + slug);

        JsonNode byReviewer = audit("admin", "user=reviewer");
        assertThat(byReviewer)
                .allSatisfy(e -> assertThat(e.path("actor").asString()).isEqualTo("reviewer"));
        assertThat(targets(byReviewer)).contains("segment:" + segment);
        assertThat(actions(audit("admin", "user=manager&project=" + slug)))
                .containsExactly("document_imported", "project_created");

        String imported = all.get(1).path("at").asString();
        String created = all.get(2).path("at").asString();
        assertThat(Instant.parse(imported)).isAfter(Instant.parse(created));
        assertThat(actions(audit("admin", "project=" + slug + "&from=" + imported)))
                .containsExactly("approved", "document_imported");
        assertThat(actions(audit("admin", "project=" + slug + "&to=" + created)))
                .containsExactly("project_created");
        assertThat(actions(audit("admin", "project=" + slug + "&from=" + created + "&to=" + imported)))
                .containsExactly("document_imported", "project_created");
        LocalDate day = LocalDate.ofInstant(Instant.parse(created), ZoneOffset.UTC);
        assertThat(audit("admin", "project=" + slug + "&from=" + day + "&to=" + day))
                .hasSizeGreaterThanOrEqualTo(1);
        assertThat(audit("admin", "project=" + slug + "&to=" + day.minusDays(1)))
                .isEmpty();
        assertThat(audit("admin", "project=" + slug + "&from=" + day.plusDays(1)))
                .isEmpty();

        for (String garbage : List.of(
                "from=yesterday",
                "to=2026-13-01",
                "from=2026-03-01T25:00:00Z",
                "limit=0",
                "limit=10001",
                "format=xml",
                "from=2026-03-02&to=2026-03-01")) {
            Response refused = api.get("admin", "/api/v1/audit?" + garbage);
            assertThat(refused.status()).as(garbage).isEqualTo(400);
            assertThat(refused.error()).as(garbage).isEqualTo("validation_failed");
        }
        Response limited = api.get("admin", "/api/v1/audit?limit=1&project=" + slug);
        assertThat(limited.json()).hasSize(1);
        assertThat(limited.headers().firstValue("X-Limit-Reached")).hasValue("true");
        assertThat(api.get("admin", "/api/v1/audit?project=" + slug).headers().firstValue("X-Limit-Reached"))
                .isEmpty();
    }

    @Test
    void onlyAdminsAndManagersOfAProjectReadIt() {
        for (String user : List.of("translator", "reviewer")) {
            Response refused = api.get(user, "/api/v1/audit?project=" + slug);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.error()).as(user).isEqualTo("forbidden");
        }
        Response anonymous = api.get(null, "/api/v1/audit");
        assertThat(anonymous.status()).isEqualTo(401);
        Response everything = api.get("manager", "/api/v1/audit");
        assertThat(everything.status()).isEqualTo(403);
        assertThat(everything.error()).isEqualTo("forbidden");
        JsonNode own = audit("manager", "project=" + slug);
        assertThat(own)
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.path("project").asString()).isEqualTo(slug));
    }

    @Test
    void exportsAndXliffImportsAreLogged() {
        Response exported = api.get("translator", "/api/v1/documents/" + doc + "/export?locale=fr&format=xliff12");
        assertThat(exported.status()).isEqualTo(200);
        String edited = exported.body().replace(">Le ciel est bleu.</target>", ">Le ciel est tout bleu.</target>");
        Response imported = api.post(
                "reviewer",
                "/api/v1/documents/" + doc + "/import?locale=fr",
                "application/xliff+xml",
                edited.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(api.get("manager", "/api/v1/projects/" + slug + "/export?locale=fr&format=text&fallback=source")
                        .status())
                .isEqualTo(200);

        JsonNode log = audit("admin", "project=" + slug);
        // The file approves its changed unit again, through the review rules: that approval is logged too.
        assertThat(actions(log)).startsWith("exported", "xliff_imported", "approved", "exported");
        assertThat(log.get(0).path("target").asString()).isEqualTo("project:" + slug);
        assertThat(log.get(0).path("detail").asString()).isEqualTo("format text, locale fr, 1 document(s)");
        assertThat(log.get(1).path("actor").asString()).isEqualTo("reviewer");
        assertThat(log.get(1).path("target").asString()).isEqualTo("document:" + doc);
        assertThat(log.get(1).path("detail").asString())
                .isEqualTo("updated 1, unchanged 1, conflicts 0, refused 0, locale fr");
        assertThat(log.get(2).path("target").asString()).isEqualTo("segment:" + segment);
        assertThat(log.get(3).path("actor").asString()).isEqualTo("translator");
        assertThat(log.get(3).path("target").asString()).isEqualTo("document:" + doc);
        assertThat(log.get(3).path("detail").asString()).isEqualTo("format xliff12, locale fr");
    }

    @Test
    void aNewDocumentFromXliffIsLoggedOnceAndARefusedOneNotAtAll() {
        Response refused = api.post(
                "manager",
                "/api/v1/projects/" + slug + "/documents?name=german.xlf",
                "application/xliff+xml",
                bilingual("de").getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        Response created = api.post(
                "manager",
                "/api/v1/projects/" + slug + "/documents?name=english.xlf",
                "application/xliff+xml",
                bilingual("en").getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();

        JsonNode log = audit("admin", "project=" + slug);
        assertThat(actions(log)).startsWith("xliff_imported", "document_imported", "approved");
        assertThat(actions(log)).containsOnlyOnce("xliff_imported");
        assertThat(log.get(0).path("target").asString()).isEqualTo("document:" + id);
        assertThat(log.get(0).path("detail").asString())
                .isEqualTo("updated 1, unchanged 0, conflicts 0, refused 0, locale fr");
        assertThat(log.get(1).path("target").asString()).isEqualTo("document:" + id);
        assertThat(log.get(1).path("detail").asString()).isEqualTo("\"english.xlf\", 1 segment(s)");
        assertThat(actions(log).stream().filter("document_imported"::equals)).hasSize(2);
        assertThat(log.toString()).doesNotContain("german.xlf");
    }

    @Test
    void anEventRolledBackWithItsTransactionIsNotKept() {
        String action = "test_" + UUID.randomUUID().toString().substring(0, 8);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            publisher.publishEvent(new AuditEvent("admin", action + "_rolled_back", "x", null, slug));
            status.setRollbackOnly();
        });
        transaction.setReadOnly(true);
        transaction.executeWithoutResult(
                status -> publisher.publishEvent(new AuditEvent("admin", action + "_read_only", "x", null, slug)));
        publisher.publishEvent(new AuditEvent("admin", action + "_alone", "x", null, slug));

        assertThat(actions(audit("admin", "project=" + slug)))
                .contains(action + "_read_only", action + "_alone")
                .doesNotContain(action + "_rolled_back");
    }

    @Test
    void csvHasTheHeaderQuotesCommasAndDisarmsFormulas() {
        publisher.publishEvent(new AuditEvent("=HYPERLINK(\"http://x\")", "test_formula", "@target", "-1, +2", slug));
        Response csv = api.get("admin", "/api/v1/audit?format=csv&project=" + slug);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).matches("(?i)text/csv;\\s*charset=UTF-8");
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("at,actor,action,target,detail,project");
        assertThat(lines.get(1))
                .endsWith(",\"'=HYPERLINK(\"\"http://x\"\")\",test_formula,'@target,\"'-1, +2\"," + slug);
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .endsWith(",manager,document_imported,document:" + doc + ",\"\"\"notes.txt\"\", 2 segment(s)\","
                                + slug));
        assertThat(lines).hasSize(5);

        Response accepted = api.send(
                "admin",
                HttpRequest.newBuilder(api.uri("/api/v1/audit?project=" + slug))
                        .header("Accept", "text/csv")
                        .GET());
        assertThat(accepted.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(accepted.body()).startsWith("at,actor,action,target,detail,project\r\n");
    }

    private String translation() {
        return "/api/v1/documents/" + doc + "/segments/" + segment + "/translations/fr";
    }

    private JsonNode audit(String user, String query) {
        Response response = api.get(user, "/api/v1/audit?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> actions(JsonNode entries) {
        return field(entries, "action");
    }

    private static List<String> targets(JsonNode entries) {
        return field(entries, "target");
    }

    private static List<String> field(JsonNode entries, String name) {
        List<String> values = new ArrayList<>();
        entries.forEach(e -> values.add(e.path(name).asString()));
        return values;
    }

    /** Another tool's bilingual file: one English or German segment with a French target. */
    private static String bilingual(String sourceLanguage) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"x.txt\""
                + " source-language=\"" + sourceLanguage + "\" target-language=\"fr\" datatype=\"plaintext\"><body>"
                + "<trans-unit id=\"1\"><source>The wind is cold.</source><target state=\"translated\">Le vent est"
                + " froid.</target></trans-unit></body></file></xliff>\n";
    }
}
