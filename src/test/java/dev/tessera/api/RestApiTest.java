package dev.tessera.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The REST contract of the foundation issue: every endpoint, every status code, over real HTTP. The over-limit uploads
 * are over the default document limit (tessera.upload.max-document-size, 10 MB), so the class shares the other API
 * tests' Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RestApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String slug;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        slug = "api-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void healthAndApiDocsNeedNoLogin() {
        Response health = api.get(null, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        Response docs = api.get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/projects/{slug}/documents");
    }

    @Test
    void demoProjectIsListed() {
        Response projects = api.get("translator", "/api/v1/projects");
        assertThat(projects.status()).isEqualTo(200);
        JsonNode demo = find(projects.json(), "slug", "china-pakistan");
        assertThat(demo.path("sourceLocale").asString()).isEqualTo("en");
        assertThat(demo.path("targetLocales").toString()).isEqualTo("[\"zh-Hans\",\"ur\",\"fr\"]");
        Response docs = api.get("translator", "/api/v1/projects/china-pakistan/documents");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get(0).path("segmentCount").asInt()).isGreaterThan(20);
    }

    @Test
    void theDemoProjectShowsEveryStatusAfterItsFirstFiveSegments() {
        long doc = api.get("translator", "/api/v1/projects/china-pakistan/documents")
                .json()
                .get(0)
                .path("id")
                .asLong();
        for (String locale : List.of("zh-Hans", "ur", "fr")) {
            JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=" + locale)
                    .json();
            for (int i = 0; i < 5; i++) {
                assertThat(rows.get(i).path("status").asString())
                        .as(locale + " segment " + (i + 1))
                        .isEqualTo("UNTRANSLATED");
            }
        }
        JsonNode zh = api.get("translator", "/api/v1/documents/" + doc + "/progress")
                .json()
                .path("locales")
                .path("zh-Hans");
        assertThat(zh.path("APPROVED").asInt()).isPositive();
        assertThat(zh.path("TRANSLATED").asInt()).isPositive();
        assertThat(zh.path("REJECTED").asInt()).isEqualTo(1);
        assertThat(zh.path("warnings").asInt()).isPositive();
        assertThat(zh.path("errors").asInt())
                .as("segment 15 writes the forbidden 亚太 instead of 印太")
                .isEqualTo(2);
        JsonNode rejected = null;
        for (JsonNode row : api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=zh-Hans")
                .json()) {
            if (row.path("status").asString().equals("REJECTED")) {
                rejected = row;
            }
        }
        assertThat(api.get(
                                "translator",
                                "/api/v1/documents/" + doc + "/segments/"
                                        + rejected.path("id").asLong() + "/translations/zh-Hans/comments")
                        .json()
                        .get(0)
                        .path("author")
                        .asString())
                .isEqualTo("reviewer");
        JsonNode ur = api.get("translator", "/api/v1/documents/" + doc + "/progress")
                .json()
                .path("locales")
                .path("ur");
        assertThat(ur.path("DRAFT").asInt()).isPositive();
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/progress")
                        .json()
                        .path("locales")
                        .path("fr")
                        .path("DRAFT")
                        .asInt())
                .isPositive();
    }

    @Test
    void authenticationAndRoles() {
        assertThat(api.get(null, "/api/v1/projects").status()).isEqualTo(401);
        Response wrong = api.get("translator:wrong-password", "/api/v1/projects");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.error()).isEqualTo("unauthorized");
        assertThat(wrong.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        Response forbidden = api.postJson("translator", "/api/v1/projects", project(slug));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.error()).isEqualTo("forbidden");
        Response reviewerImport =
                api.postText("reviewer", "/api/v1/projects/china-pakistan/documents?name=x.txt", "Hi.");
        assertThat(reviewerImport.status()).isEqualTo(403);
    }

    @Test
    void managerCreatesProjectAndImportsDocument() {
        Response created = api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of(
                        "slug",
                        slug,
                        "name",
                        "Test",
                        "sourceLocale",
                        "EN",
                        "targetLocales",
                        List.of("zh_hans", "ur-pk")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/projects/" + slug);
        assertThat(created.json().path("targetLocales").toString()).isEqualTo("[\"zh-Hans\",\"ur-PK\"]");
        assertThat(created.json().path("sourceLocale").asString()).isEqualTo("en");
        assertThat(api.get("translator", "/api/v1/projects/" + slug).status()).isEqualTo(200);

        Response doc = api.postText(
                "manager",
                "/api/v1/projects/" + slug + "/documents?name=" + "news%20one.txt",
                "\uFEFFFirst sentence. Second one!\n\nThird, in a new paragraph 😀.\n");
        assertThat(doc.status()).isEqualTo(201);
        long id = doc.json().path("id").asLong();
        assertThat(doc.json().path("name").asString()).isEqualTo("news one.txt");
        assertThat(doc.json().path("segmentCount").asInt()).isEqualTo(3);
        assertThat(doc.headers().firstValue("Location")).hasValue("/api/v1/documents/" + id);

        Response list = api.get("translator", "/api/v1/projects/" + slug + "/documents");
        assertThat(list.json().get(0).path("id").asLong()).isEqualTo(id);
        Response segments = api.get("translator", "/api/v1/documents/" + id + "/segments?locale=zh-hans");
        assertThat(segments.status()).isEqualTo(200);
        JsonNode rows = segments.json();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).path("source").asString()).isEqualTo("First sentence.");
        assertThat(rows.get(2).path("source").asString()).isEqualTo("Third, in a new paragraph 😀.");
        assertThat(rows.get(2).path("paragraph").asInt()).isEqualTo(2);
        assertThat(rows.get(2).path("position").asInt()).isEqualTo(3);
        assertThat(rows.get(0).path("status").asString()).isEqualTo("UNTRANSLATED");
        assertThat(rows.get(0).path("version").asInt()).isZero();
        assertThat(rows.get(0).has("target")).isTrue();
        assertThat(rows.get(0).path("target").isNull()).isTrue();
    }

    @Test
    void projectValidation() {
        assertThat(api.postJson("manager", "/api/v1/projects", project("Bad Slug"))
                        .error())
                .isEqualTo("validation_failed");
        assertThat(api.postJson("manager", "/api/v1/projects", project("-x")).status())
                .isEqualTo(400);
        assertThat(api.postJson(
                                "manager",
                                "/api/v1/projects",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        "X",
                                        "sourceLocale",
                                        "en",
                                        "targetLocales",
                                        List.of("xx-notalanguage!")))
                        .status())
                .isEqualTo(400);
        assertThat(api.postJson(
                                "manager",
                                "/api/v1/projects",
                                Map.of("slug", slug, "name", "X", "sourceLocale", "en", "targetLocales", List.of("qq")))
                        .status())
                .as("well-formed tag of an unknown language")
                .isEqualTo(400);
        assertThat(api.postJson("manager", "/api/v1/projects", "{\"slug\": ").status())
                .isEqualTo(400);
        assertThat(api.postJson("manager", "/api/v1/projects", "{\"slug\":\"" + slug + "\",\"targetLocales\":\"fr\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("translator", "/api/v1/projects/" + slug).status())
                .as("nothing half-written")
                .isEqualTo(404);
        assertThat(api.postJson("manager", "/api/v1/projects", project(slug)).status())
                .isEqualTo(201);
        Response again = api.postJson("manager", "/api/v1/projects", project(slug));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).isEqualTo("duplicate");
        assertThat(api.get("translator", "/api/v1/projects/nope-" + slug).status())
                .isEqualTo(404);
        assertThat(api.get("translator", "/api/v1/projects/nope-" + slug + "/documents")
                        .error())
                .isEqualTo("not_found");
    }

    @Test
    void documentUploadsSurviveBadInput() {
        api.postJson("manager", "/api/v1/projects", project(slug));
        String path = "/api/v1/projects/" + slug + "/documents?name=";
        assertThat(api.postText("manager", path + "empty.txt", "").error()).isEqualTo("validation_failed");
        assertThat(api.postText("manager", path + "blank.txt", " \n\n\t\n").error())
                .isEqualTo("validation_failed");
        assertThat(api.post("manager", path + "latin1.txt", "text/plain", new byte[] {'c', 'a', 'f', (byte) 0xE9})
                        .status())
                .isEqualTo(400);
        assertThat(api.postText("manager", path + "ctl.txt", "Bell \u0007 here.")
                        .status())
                .isEqualTo(400);
        assertThat(api.post("manager", path + "surrogate.txt", "text/plain", new byte[] {
                            (byte) 0xED, (byte) 0xA0, (byte) 0x80
                        })
                        .status())
                .as("encoded lone surrogate")
                .isEqualTo(400);
        Response pdf =
                api.post("manager", path + "page.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        assertThat(pdf.status())
                .as("HTML, Markdown and DOCX are read since issue 19; PDF is not")
                .isEqualTo(415);
        assertThat(pdf.error()).isEqualTo("unsupported_media_type");
        assertThat(api.post("manager", path + "l1.txt", "text/plain; charset=ISO-8859-1", "Hi.".getBytes())
                        .status())
                .isEqualTo(415);
        Response missingName = api.postText("manager", "/api/v1/projects/" + slug + "/documents", "Hi.");
        assertThat(missingName.status()).isEqualTo(400);
        byte[] big = "Too big. ".repeat(1_400_000).getBytes(StandardCharsets.UTF_8); // 12.6 MB
        Response tooLarge = api.post("manager", path + "big.txt", "text/plain; charset=UTF-8", big);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.error()).isEqualTo("too_large");
        assertThat(api.get("manager", "/api/v1/projects/" + slug + "/documents").json())
                .as("nothing imported")
                .isEmpty();

        assertThat(api.postText("manager", path + "ok.txt", "One. Two.").status())
                .isEqualTo(201);
        Response duplicate = api.postText("manager", path + "ok.txt", "Three.");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.error()).isEqualTo("duplicate");
        assertThat(api.postText("manager", "/api/v1/projects/none-" + slug + "/documents?name=a.txt", "A.")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void translationsAreWrittenWithVersionsAndHistory() {
        long doc = importDocument("One sentence. Another sentence.");
        JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json();
        long segment = rows.get(0).path("id").asLong();
        String put = "/api/v1/documents/" + doc + "/segments/" + segment + "/translations/";

        Response first =
                api.putJson("translator", put + "fr", Map.of("target", "Une phrase.", "status", "DRAFT", "version", 0));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("version").asInt()).isEqualTo(1);
        assertThat(first.json().path("status").asString()).isEqualTo("DRAFT");
        Response second = api.putJson(
                "reviewer", put + "FR", Map.of("target", "Une seule phrase.", "status", "TRANSLATED", "version", 1));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("target").asString()).isEqualTo("Une seule phrase.");

        Response stale =
                api.putJson("translator", put + "fr", Map.of("target", "Vieux.", "status", "DRAFT", "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.error()).isEqualTo("stale_version");
        assertThat(stale.json().path("current").path("target").asString()).isEqualTo("Une seule phrase.");
        assertThat(stale.json().path("current").path("status").asString()).isEqualTo("TRANSLATED");
        assertThat(stale.json().path("current").path("version").asInt()).isEqualTo(2);

        Response history = api.get("translator", put + "fr/history");
        assertThat(history.status()).isEqualTo(200);
        JsonNode events = history.json();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).path("actor").asString()).isEqualTo("reviewer");
        assertThat(events.get(0).path("oldTarget").asString()).isEqualTo("Une phrase.");
        assertThat(events.get(0).path("newTarget").asString()).isEqualTo("Une seule phrase.");
        assertThat(events.get(0).path("oldStatus").asString()).isEqualTo("DRAFT");
        assertThat(events.get(0).path("newStatus").asString()).isEqualTo("TRANSLATED");
        assertThat(events.get(0).has("comment")).isTrue();
        assertThat(events.get(0).path("at").asString()).endsWith("Z");
        assertThat(events.get(1).path("oldStatus").asString()).isEqualTo("UNTRANSLATED");

        JsonNode after = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()
                .get(0);
        assertThat(after.path("target").asString()).isEqualTo("Une seule phrase.");
        assertThat(after.path("version").asInt()).isEqualTo(2);
    }

    @Test
    void translationBadInput() {
        long doc = importDocument("One sentence. Another sentence.");
        long segment = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()
                .get(0)
                .path("id")
                .asLong();
        String put = "/api/v1/documents/" + doc + "/segments/" + segment + "/translations/";
        Map<String, Object> ok = Map.of("target", "x", "status", "DRAFT", "version", 0);

        assertThat(api.putJson("translator", put + "fr", Map.of("target", "x", "status", "APPROVED", "version", 0))
                        .error())
                .isEqualTo("validation_failed");
        assertThat(api.putJson("translator", put + "fr", Map.of("target", "x", "status", "BOGUS", "version", 0))
                        .status())
                .isEqualTo(400);
        assertThat(api.putJson("translator", put + "fr", Map.of("target", "x", "status", "DRAFT"))
                        .status())
                .as("version missing")
                .isEqualTo(400);
        assertThat(api.putJson("translator", put + "fr", "{\"target\": \"x\", ").status())
                .isEqualTo(400);
        assertThat(api.putJson("translator", put + "fr", "{\"target\":\"\\ud800\",\"status\":\"DRAFT\",\"version\":0}")
                        .status())
                .as("unpaired surrogate")
                .isEqualTo(400);
        assertThat(api.putJson(
                                "translator",
                                put + "fr",
                                Map.of("target", "two\nlines", "status", "DRAFT", "version", 0))
                        .error())
                .as("a line break ends a segment")
                .isEqualTo("validation_failed");
        assertThat(api.putJson("translator", put + "de", ok).status())
                .as("locale not in project")
                .isEqualTo(400);
        assertThat(api.putJson("translator", put + "zz-!!", ok).status())
                .as("ill-formed locale")
                .isEqualTo(400);
        assertThat(api.putJson("translator", put + "qq", ok).status())
                .as("unknown language")
                .isEqualTo(400);
        assertThat(api.putJson("translator", "/api/v1/documents/" + doc + "/segments/999999999/translations/fr", ok)
                        .status())
                .isEqualTo(404);
        assertThat(api.putJson(null, put + "fr", ok).status()).isEqualTo(401);
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/segments")
                        .error())
                .isEqualTo("validation_failed");
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=de")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("translator", "/api/v1/documents/987654321/segments?locale=fr")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("translator", "/api/v1/documents/abc/segments?locale=fr")
                        .status())
                .isEqualTo(400);
        assertThat(api.send(
                                "translator",
                                HttpRequest.newBuilder(api.uri(put + "fr"))
                                        .header("Content-Type", "text/plain")
                                        .PUT(HttpRequest.BodyPublishers.ofString("x")))
                        .status())
                .isEqualTo(415);
        assertThat(api.get("translator", put + "fr/history").json())
                .as("nothing written")
                .isEmpty();
        assertThat(api.get("translator", "/api/v1/no/such/thing").error()).isEqualTo("not_found");
    }

    @Test
    void twoFirstWritesAtOnceGiveOne200AndOne409() throws Exception {
        long doc = importDocument("A. B. C. D. E. F. G. H.");
        JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=ur")
                .json();
        for (JsonNode row : rows) {
            String put =
                    "/api/v1/documents/" + doc + "/segments/" + row.path("id").asLong() + "/translations/ur";
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> writes = new ArrayList<>();
            for (String user : List.of("translator", "reviewer")) {
                writes.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return api.putJson(user, put, Map.of("target", "ترجمہ", "status", "DRAFT", "version", 0))
                            .status();
                }));
            }
            start.countDown();
            assertThat(writes.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(200, 409);
        }
    }

    @Test
    void oversizedUploadsAreRefusedWith413EvenWhenStreamedOrHuge() {
        api.postJson("manager", "/api/v1/projects", project(slug));
        String path = "/api/v1/projects/" + slug + "/documents?name=";
        byte[] chunk = "Streamed without a length. ".repeat(500_000).getBytes(StandardCharsets.UTF_8); // 13.5 MB
        Response chunked = api.send(
                "manager",
                HttpRequest.newBuilder(api.uri(path + "chunked.txt"))
                        .header("Content-Type", "text/plain; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(chunk))));
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.error()).isEqualTo("too_large");
        byte[] huge = new byte[24 * 1024 * 1024]; // under server.tomcat.max-swallow-size (128 MB)
        java.util.Arrays.fill(huge, (byte) 'a');
        Response big = api.post("manager", path + "huge.txt", "text/plain; charset=UTF-8", huge);
        assertThat(big.status()).as("the client reads the 413, not a reset").isEqualTo(413);
        assertThat(big.error()).isEqualTo("too_large");
        Response translator = api.post("translator", path + "huge.txt", "text/plain; charset=UTF-8", huge);
        assertThat(translator.status())
                .as("role checked before the body is read")
                .isEqualTo(403);
        assertThat(api.post("manager", "/api/v1/projects/none-" + slug + "/documents?name=a.txt", "text/plain", huge)
                        .status())
                .as("project checked before the body is read")
                .isEqualTo(404);
        assertThat(api.postText(null, path + "anon.txt", "Hi.").status()).isEqualTo(401);
        assertThat(api.get("manager", "/api/v1/projects/" + slug + "/documents").json())
                .isEmpty();
    }

    @Test
    void malformedSlugsInPathsAre400() {
        assertThat(api.get("translator", "/api/v1/projects/Bad_Slug").error()).isEqualTo("validation_failed");
        assertThat(api.get("translator", "/api/v1/projects/Bad_Slug/documents").status())
                .isEqualTo(400);
    }

    @Test
    void writesFromAnotherSitesPageAreRefused() {
        Response crossSite = api.send(
                "manager",
                HttpRequest.newBuilder(api.uri("/api/v1/projects"))
                        .header("Content-Type", "application/json")
                        .header("Sec-Fetch-Site", "cross-site")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"" + slug + "\"}")));
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.error()).isEqualTo("forbidden");
        assertThat(api.send(
                                "translator",
                                HttpRequest.newBuilder(api.uri("/api/v1/projects"))
                                        .header("Sec-Fetch-Site", "cross-site")
                                        .GET())
                        .status())
                .as("reads are fine")
                .isEqualTo(200);
    }

    @Test
    void segmentAndHistoryPathsAreChecked() {
        long doc = importDocument("One sentence. Another sentence.");
        Response other =
                api.postText("manager", "/api/v1/projects/" + slug + "/documents?name=other.txt", "Other text.");
        long otherSegment = api.get(
                        "translator",
                        "/api/v1/documents/" + other.json().path("id").asLong() + "/segments?locale=fr")
                .json()
                .get(0)
                .path("id")
                .asLong();
        Map<String, Object> ok = Map.of("target", "x", "status", "DRAFT", "version", 0);
        Response wrongDocument = api.putJson(
                "translator", "/api/v1/documents/" + doc + "/segments/" + otherSegment + "/translations/fr", ok);
        assertThat(wrongDocument.status()).as("segment of another document").isEqualTo(404);
        String history = "/api/v1/documents/" + doc + "/segments/" + otherSegment + "/translations/fr/history";
        assertThat(api.get("translator", history).status()).isEqualTo(404);
        long segment = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()
                .get(0)
                .path("id")
                .asLong();
        assertThat(api.get(
                                "translator",
                                "/api/v1/documents/" + doc + "/segments/" + segment + "/translations/de/history")
                        .error())
                .isEqualTo("validation_failed");
        assertThat(api.get(null, "/api/v1/documents/" + doc + "/segments/" + segment + "/translations/fr/history")
                        .status())
                .isEqualTo(401);
        assertThat(api.get("translator", "/api/v1/documents/" + doc)
                        .json()
                        .path("project")
                        .asString())
                .isEqualTo(slug);
    }

    @Test
    void reviewAndCommentsFollowTheContract() {
        long doc = importDocument("One sentence. Another sentence.");
        long segment = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()
                .get(0)
                .path("id")
                .asLong();
        String base = "/api/v1/documents/" + doc + "/segments/" + segment + "/translations/fr";
        Response notTranslated = api.postJson("reviewer", base + "/review", Map.of("action", "APPROVE", "version", 0));
        assertThat(notTranslated.status()).isEqualTo(409);
        assertThat(notTranslated.error()).isEqualTo("invalid_state");
        api.putJson("translator", base, Map.of("target", "Une phrase.", "status", "TRANSLATED", "version", 0));

        assertThat(api.postJson("translator", base + "/review", Map.of("action", "APPROVE", "version", 1))
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson("reviewer", base + "/review", Map.of("action", "REJECT", "version", 1))
                        .error())
                .isEqualTo("validation_failed");
        assertThat(api.postJson("reviewer", base + "/review", Map.of("action", "MAYBE", "version", 1))
                        .status())
                .isEqualTo(400);
        Response stale = api.postJson("reviewer", base + "/review", Map.of("action", "APPROVE", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.error()).isEqualTo("stale_version");
        assertThat(stale.json().path("current").path("version").asInt()).isEqualTo(1);

        Response rejected = api.postJson(
                "reviewer",
                base + "/review",
                Map.of("action", "REJECT", "comment", "Say \"une seule\".", "version", 1));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().path("version").asInt()).isEqualTo(2);
        JsonNode thread = api.get("translator", base + "/comments").json();
        assertThat(thread).hasSize(1);
        assertThat(thread.get(0).path("author").asString()).isEqualTo("reviewer");
        assertThat(thread.get(0).path("text").asString()).isEqualTo("Say \"une seule\".");
        assertThat(thread.get(0).path("at").asString()).endsWith("Z");

        Response comment = api.postJson("translator", base + "/comments", Map.of("text", "Fixed, thanks."));
        assertThat(comment.status()).isEqualTo(201);
        assertThat(comment.headers().firstValue("Location")).isPresent();
        assertThat(comment.json().path("author").asString()).isEqualTo("translator");
        assertThat(api.postJson("translator", base + "/comments", Map.of("text", ""))
                        .error())
                .isEqualTo("validation_failed");
        assertThat(api.postJson(null, base + "/comments", Map.of("text", "x")).status())
                .isEqualTo(401);
        assertThat(api.get("translator", base + "/comments").json()).hasSize(2);

        api.putJson("translator", base, Map.of("target", "Une seule phrase.", "status", "TRANSLATED", "version", 2));
        Response approved = api.postJson("reviewer", base + "/review", Map.of("action", "APPROVE", "version", 3));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
        Response locked =
                api.putJson("translator", base, Map.of("target", "Autre.", "status", "TRANSLATED", "version", 4));
        assertThat(locked.status()).isEqualTo(403);
        assertThat(api.postJson("reviewer", base + "/review", Map.of("action", "APPROVE", "version", 4))
                        .error())
                .isEqualTo("invalid_state");
    }

    @Test
    void progressCountsSegmentsWordsAndQaPerLocale() {
        long doc = importDocument("It costs 2,500 dollars. Three words here. Three words here.");
        JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json();
        String base = "/api/v1/documents/" + doc + "/segments/";
        api.putJson(
                "translator",
                base + rows.get(0).path("id").asLong() + "/translations/fr",
                Map.of("target", "Cela coûte dollars.", "status", "TRANSLATED", "version", 0));
        api.putJson(
                "translator",
                base + rows.get(1).path("id").asLong() + "/translations/fr",
                Map.of("target", "Trois mots ici.", "status", "DRAFT", "version", 0));
        Response progress = api.get("translator", "/api/v1/documents/" + doc + "/progress");
        assertThat(progress.status()).isEqualTo(200);
        JsonNode fr = progress.json().path("locales").path("fr");
        assertThat(fr.path("TRANSLATED").asInt()).isEqualTo(1);
        assertThat(fr.path("DRAFT").asInt()).isEqualTo(1);
        assertThat(fr.path("UNTRANSLATED").asInt()).isEqualTo(1);
        assertThat(fr.path("APPROVED").asInt()).isZero();
        assertThat(fr.path("words").path("TRANSLATED").asInt()).isEqualTo(4);
        assertThat(fr.path("words").path("UNTRANSLATED").asInt()).isEqualTo(3);
        assertThat(fr.path("errors").asInt()).as("the number 2,500 is missing").isEqualTo(1);
        assertThat(progress.json()
                        .path("locales")
                        .path("zh-Hans")
                        .path("UNTRANSLATED")
                        .asInt())
                .isEqualTo(3);
        assertThat(api.get("translator", "/api/v1/documents/987654/progress").status())
                .isEqualTo(404);
    }

    @Test
    void qaFindingsBlockApprovalUntilWaivedAndAreListed() {
        long doc = importDocument("It costs 2,500 dollars. Three words here.");
        JsonNode rows = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json();
        long segment = rows.get(0).path("id").asLong();
        String base = "/api/v1/documents/" + doc + "/segments/" + segment + "/translations/fr";
        Response saved = api.putJson(
                "translator", base, Map.of("target", "Cela coûte des dollars.", "status", "TRANSLATED", "version", 0));
        assertThat(saved.json().path("issues").get(0).path("check").asString()).isEqualTo("qa.numbers");

        JsonNode listed = api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json()
                .get(0);
        assertThat(listed.path("issues").get(0).path("check").asString()).isEqualTo("qa.numbers");
        assertThat(listed.path("issues").get(0).path("severity").asString()).isEqualTo("ERROR");
        assertThat(listed.path("issues").get(0).path("waived").asBoolean()).isFalse();
        assertThat(listed.path("issues").get(0).path("message").asString()).contains("2,500");
        assertThat(listed.path("issues").get(0).has("messageKey"))
                .as("the screens' key of the message stays out of the API")
                .isFalse();

        Response blocked = api.postJson("reviewer", base + "/review", Map.of("action", "APPROVE", "version", 1));
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.error()).isEqualTo("qa_errors");
        assertThat(blocked.json().path("message").asString()).isNotBlank();
        assertThat(blocked.json().path("issues").get(0).path("check").asString())
                .isEqualTo("qa.numbers");
        assertThat(blocked.json().path("issues").get(0).path("severity").asString())
                .isEqualTo("ERROR");

        String waivers = base + "/waivers";
        Map<String, Object> waiver =
                Map.of("check", "qa.numbers", "reason", "The client wants no figures.", "version", 1);
        assertThat(api.postJson("translator", waivers, waiver).status()).isEqualTo(403);
        assertThat(api.postJson(null, waivers, waiver).status()).isEqualTo(401);
        assertThat(api.postJson("reviewer", waivers, Map.of("check", "qa.numbers", "version", 1))
                        .error())
                .isEqualTo("validation_failed");
        assertThat(api.postJson("reviewer", waivers, Map.of("check", "qa.numbers", "reason", "x", "version", 0))
                        .error())
                .isEqualTo("stale_version");
        assertThat(api.postJson("reviewer", waivers, Map.of("check", "qa.length", "reason", "x", "version", 1))
                        .error())
                .isEqualTo("invalid_state");
        assertThat(api.postJson("reviewer", waivers, "{not json").status()).isEqualTo(400);
        Response waived = api.postJson("reviewer", waivers, waiver);
        assertThat(waived.status()).isEqualTo(200);
        assertThat(waived.json().path("version").asInt()).isEqualTo(1);
        assertThat(waived.json().path("status").asString()).isEqualTo("TRANSLATED");
        assertThat(waived.json().path("target").asString()).isEqualTo("Cela coûte des dollars.");
        assertThat(waived.json().path("issues").get(0).path("waived").asBoolean())
                .isTrue();

        JsonNode qa = api.get("translator", "/api/v1/documents/" + doc + "/qa?locale=fr")
                .json();
        assertThat(qa).hasSize(1);
        assertThat(qa.get(0).path("segmentId").asLong()).isEqualTo(segment);
        assertThat(qa.get(0).path("check").asString()).isEqualTo("qa.numbers");
        assertThat(qa.get(0).path("waived").asBoolean()).isTrue();
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/qa?locale=de")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("translator", "/api/v1/documents/987654/qa?locale=fr")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("translator", "/api/v1/documents/" + doc + "/progress")
                        .json()
                        .path("locales")
                        .path("fr")
                        .path("errors")
                        .asInt())
                .as("a waived error is not open")
                .isZero();

        assertThat(api.postJson("reviewer", base + "/review", Map.of("action", "APPROVE", "version", 1))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void managersSetQaSeveritiesPerProject() {
        importDocument("Hello world.");
        String settings = "/api/v1/projects/" + slug + "/qa-settings";
        Response read = api.get("translator", settings);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("qa.numbers").asString()).isEqualTo("ERROR");
        assertThat(read.json().path("qa.length").asString()).isEqualTo("WARNING");
        assertThat(api.patchJson("reviewer", settings, Map.of("qa.length", "ERROR"))
                        .status())
                .isEqualTo(403);
        assertThat(api.patchJson("manager", settings, Map.of("qa.unknown", "ERROR"))
                        .status())
                .isEqualTo(400);
        Response changed = api.patchJson("manager", settings, Map.of("qa.length", "ERROR"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("qa.length").asString()).isEqualTo("ERROR");
        assertThat(api.get("translator", "/api/v1/projects/no-such-project/qa-settings")
                        .status())
                .isEqualTo(404);
    }

    private long importDocument(String text) {
        api.postJson("manager", "/api/v1/projects", project(slug));
        Response doc = api.postText("manager", "/api/v1/projects/" + slug + "/documents?name=doc.txt", text);
        assertThat(doc.status()).isEqualTo(201);
        return doc.json().path("id").asLong();
    }

    private static Map<String, Object> project(String slug) {
        return Map.of(
                "slug",
                slug,
                "name",
                "Project " + slug,
                "sourceLocale",
                "en",
                "targetLocales",
                List.of("fr", "ur", "zh-Hans"));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asString())) {
                return node;
            }
        }
        throw new AssertionError("No element with " + field + "=" + value + " in " + array);
    }
}
