package dev.tessera.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The role and membership matrix (issue 7): every project endpoint for each role, member and non-member, on an open
 * and a closed project, in an allowed and a refused locale, with the status code the rules give.
 *
 * <p>Fixtures, made once: an OPEN and a CLOSED project created by {@code manager} (so a MANAGER member of both), each
 * with one document and the target locales fr and de. On the closed project {@code reviewer} is a REVIEWER member
 * limited to fr; on the open project {@code translator} is a TRANSLATOR member limited to fr, and a user whose
 * global role is REVIEWER is a TRANSLATOR member (all locales), so their project role rules there. An outsider with
 * the global role MANAGER belongs to neither. Each user's standing in each project is written out in {@link #STANDING};
 * the expected status of a project case follows from it and the endpoint's required role, nothing else.
 *
 * <p>Every case is independent of the order: a write reads the current version just before it is sent (as admin),
 * destructive requests act on throwaway documents and projects, creations use fresh names. Each case is its own
 * parameterized invocation; the mismatches are also gathered into one summary printed after the class (and written to
 * {@code target/access-matrix.txt}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "tessera.translations-dir=target/api-test-translations")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Fifteen characters and more: good outside demo mode too. */
    private static final String OUTSIDER_PASSWORD = "Outsider-Matrix-2041";

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    /** A user with the global role MANAGER who is a member of neither project. */
    private static final String OUTSIDER_NAME = "outsider" + SUFFIX;

    private static final String OUTSIDER = OUTSIDER_NAME + ":" + OUTSIDER_PASSWORD;
    /** A global REVIEWER who is a TRANSLATOR member of the open project (all locales): the project role rules. */
    private static final String DEMOTED_NAME = "demoted" + SUFFIX;

    private static final String DEMOTED = DEMOTED_NAME + ":Demoted-Matrix-2041";
    /** The user whose membership the member cases set and end (so the fixtures' memberships never change). */
    private static final String MEMBER = "member" + SUFFIX;

    private static final String SOURCE =
            "The river runs quietly. The town sleeps now. Room 12 is open. The bridge stands tall.";
    private static final int PUT_SEGMENT = 0;
    private static final int REVIEW_SEGMENT = 1;
    /** "Room 12 is open.": a target without the number has a qa.numbers ERROR to waive. */
    private static final int WAIVE_SEGMENT = 2;

    private static final int COMMENT_SEGMENT = 3;

    enum Role {
        TRANSLATOR,
        REVIEWER,
        MANAGER,
        ADMIN
    }

    /** A user's standing in a project: role, the locales they may write (empty: all), or absent (404). */
    record Standing(Role role, List<String> locales) {
        static final Standing NONE = new Standing(null, List.of());

        boolean visible() {
            return role != null;
        }

        boolean writes(String locale) {
            return locales.isEmpty() || locales.contains(locale);
        }
    }

    static final List<String> USERS = List.of("admin", "manager", "reviewer", "translator", OUTSIDER, DEMOTED);

    /** The rules applied to the fixtures: who stands where. */
    static final Map<Boolean, Map<String, Standing>> STANDING = Map.of(
            true,
                    Map.of( // the open project
                            "admin",
                            new Standing(Role.ADMIN, List.of()),
                            "manager",
                            new Standing(Role.MANAGER, List.of()), // the creator: a MANAGER member
                            "reviewer",
                            new Standing(Role.REVIEWER, List.of()), // no member: the global role
                            "translator",
                            new Standing(Role.TRANSLATOR, List.of("fr")), // a member for fr only
                            OUTSIDER,
                            new Standing(Role.MANAGER, List.of()), // no member: the global role
                            DEMOTED,
                            new Standing(Role.TRANSLATOR, List.of())), // a member below the global role
            false,
                    Map.of( // the closed project
                            "admin",
                            new Standing(Role.ADMIN, List.of()),
                            "manager",
                            new Standing(Role.MANAGER, List.of()), // the creator: a MANAGER member
                            "reviewer",
                            new Standing(Role.REVIEWER, List.of("fr")), // a member for fr only
                            "translator",
                            Standing.NONE, // no member: the project does not exist
                            OUTSIDER,
                            Standing.NONE, // no member: not even a manager sees it
                            DEMOTED,
                            Standing.NONE));

    /** A project with one document. */
    record Fixture(String slug, boolean open, long doc, List<Long> segments) {
        String project() {
            return "/api/v1/projects/" + slug;
        }

        String document() {
            return "/api/v1/documents/" + doc;
        }

        String translation(int segment, String locale) {
            return document() + "/segments/" + segments.get(segment) + "/translations/" + locale;
        }
    }

    /** What is sent. */
    record Req(String method, String path, String contentType, String body) {
        static Req get(String path) {
            return new Req("GET", path, null, null);
        }

        static Req delete(String path) {
            return new Req("DELETE", path, null, null);
        }

        static Req json(String method, String path, Object body) {
            return new Req(method, path, "application/json", JSON.writeValueAsString(body));
        }

        static Req text(String path, String text) {
            return new Req("POST", path, "text/plain; charset=UTF-8", text);
        }
    }

    /**
     * One row of the matrix. {@code request} is built just before sending (it may prepare, as admin, what it needs);
     * {@code check} is an extra condition on a response with the expected status (null: none).
     */
    record Case(
            String description,
            String user,
            Function<AccessMatrixTest, Req> request,
            int expected,
            Predicate<Response> check,
            String checkDescription) {
        @Override
        public String toString() {
            return description;
        }
    }

    record Outcome(Case c, Req req, int actual, String body, boolean passed) {}

    @LocalServerPort
    int port;

    ApiClient api;
    Fixture open;
    Fixture closed;
    long glossary;
    final AtomicInteger counter = new AtomicInteger();
    final List<Outcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    void fixtures() {
        api = new ApiClient(port);
        Response outsider = api.postJson(
                "admin",
                "/api/v1/users",
                Map.of(
                        "username",
                        OUTSIDER_NAME,
                        "displayName",
                        "Outsider",
                        "role",
                        "MANAGER",
                        "password",
                        OUTSIDER_PASSWORD));
        assertThat(outsider.status()).as(outsider.body()).isEqualTo(201);
        Response demoted = api.postJson(
                "admin",
                "/api/v1/users",
                Map.of(
                        "username",
                        DEMOTED_NAME,
                        "displayName",
                        "Demoted",
                        "role",
                        "REVIEWER",
                        "password",
                        DEMOTED.split(":")[1]));
        assertThat(demoted.status()).as(demoted.body()).isEqualTo(201);
        Response member = api.postJson(
                "admin",
                "/api/v1/users",
                Map.of(
                        "username",
                        MEMBER,
                        "displayName",
                        "Member",
                        "role",
                        "REVIEWER",
                        "password",
                        "Member-Matrix-2041"));
        assertThat(member.status()).as(member.body()).isEqualTo(201);
        open = project(true);
        closed = project(false);
        Response created = api.postJson("manager", "/api/v1/glossaries", Map.of("name", "Matrix " + SUFFIX));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        glossary = created.json().path("id").asLong();
    }

    /** A project as the fixtures have it: created by manager, fr and de, a document, its members; closed or not. */
    Fixture project(boolean isOpen) {
        String slug = (isOpen ? "mx-open-" : "mx-closed-") + SUFFIX + "-" + counter.incrementAndGet();
        Response created = api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of(
                        "slug",
                        slug,
                        "name",
                        "Matrix " + slug,
                        "sourceLocale",
                        "en",
                        "targetLocales",
                        List.of("fr", "de")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Response doc = api.postText("manager", "/api/v1/projects/" + slug + "/documents?name=matrix.txt", SOURCE);
        assertThat(doc.status()).as(doc.body()).isEqualTo(201);
        long id = doc.json().path("id").asLong();
        List<Long> segments = new ArrayList<>();
        api.get("admin", "/api/v1/documents/" + id + "/segments?locale=fr")
                .json()
                .forEach(row -> segments.add(row.path("id").asLong()));
        assertThat(segments).hasSize(4);
        Response membership = isOpen
                ? api.putJson(
                        "manager",
                        "/api/v1/projects/" + slug + "/members/translator",
                        Map.of("role", "TRANSLATOR", "locales", List.of("fr")))
                : api.putJson(
                        "manager",
                        "/api/v1/projects/" + slug + "/members/reviewer",
                        Map.of("role", "REVIEWER", "locales", List.of("fr")));
        assertThat(membership.status()).as(membership.body()).isEqualTo(200);
        if (isOpen) {
            Response demoted = api.putJson(
                    "manager",
                    "/api/v1/projects/" + slug + "/members/" + DEMOTED_NAME,
                    Map.of("role", "TRANSLATOR", "locales", List.of()));
            assertThat(demoted.status()).as(demoted.body()).isEqualTo(200);
        } else {
            Response close = api.patchJson("manager", "/api/v1/projects/" + slug, Map.of("open", false));
            assertThat(close.status()).as(close.body()).isEqualTo(200);
        }
        return new Fixture(slug, isOpen, id, segments);
    }

    Fixture fixture(boolean isOpen) {
        return isOpen ? open : closed;
    }

    // ---------------------------------------------------------------- preparation (as admin), just before a case

    JsonNode row(Fixture f, int segment, String locale) {
        Response rows = api.get("admin", f.document() + "/segments?locale=" + locale);
        assertThat(rows.status()).as(rows.body()).isEqualTo(200);
        return rows.json().get(segment);
    }

    long version(Fixture f, int segment, String locale) {
        return row(f, segment, locale).path("version").asLong();
    }

    /** Puts the segment into TRANSLATED (from whatever it is) and answers the version to review. */
    long translated(Fixture f, int segment, String locale, String target) {
        JsonNode row = row(f, segment, locale);
        if (target.equals(row.path("target").asString())
                && "TRANSLATED".equals(row.path("status").asString())) {
            return row.path("version").asLong();
        }
        Response saved = api.putJson(
                "admin",
                f.translation(segment, locale),
                Map.of(
                        "target",
                        target,
                        "status",
                        "TRANSLATED",
                        "version",
                        row.path("version").asLong()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return saved.json().path("version").asLong();
    }

    /** Gives the waiver segment a fresh text with an unwaived qa.numbers finding, and answers its version. */
    long withFinding(Fixture f, String locale) {
        JsonNode row = row(f, WAIVE_SEGMENT, locale);
        String next = "La salle est ouverte.".equals(row.path("target").asString())
                ? "La salle est libre."
                : "La salle est ouverte.";
        Response saved = api.putJson(
                "admin",
                f.translation(WAIVE_SEGMENT, locale),
                Map.of(
                        "target",
                        next,
                        "status",
                        "TRANSLATED",
                        "version",
                        row.path("version").asLong()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).as("the finding to waive").contains("qa.numbers");
        return saved.json().path("version").asLong();
    }

    String exported(Fixture f, String locale) {
        Response file = api.get("admin", f.document() + "/export?locale=" + locale + "&format=xliff21");
        assertThat(file.status()).as(file.body()).isEqualTo(200);
        return file.body();
    }

    long throwawayDocument(Fixture f) {
        Response doc = api.postText(
                "admin",
                f.project() + "/documents?name=throwaway-" + counter.incrementAndGet() + ".txt",
                "Throw me away.");
        assertThat(doc.status()).as(doc.body()).isEqualTo(201);
        return doc.json().path("id").asLong();
    }

    void memberExists(Fixture f) {
        Response put = api.putJson(
                "admin", f.project() + "/members/" + MEMBER, Map.of("role", "TRANSLATOR", "locales", List.of()));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- the matrix

    /** An endpoint of a project: what it needs, what it answers when allowed, and how it is built. */
    record Endpoint(
            String name,
            Role needs,
            String writesLocale,
            int success,
            java.util.function.BiFunction<AccessMatrixTest, Fixture, Req> request) {}

    static List<Endpoint> projectEndpoints() {
        List<Endpoint> all = new ArrayList<>();
        // Reads: everyone signed in who sees the project.
        all.add(new Endpoint("GET /projects/{slug}", Role.TRANSLATOR, null, 200, (t, f) -> Req.get(f.project())));
        all.add(new Endpoint(
                "GET /projects/{slug}/documents",
                Role.TRANSLATOR,
                null,
                200,
                (t, f) -> Req.get(f.project() + "/documents")));
        all.add(new Endpoint(
                "GET /projects/{slug}/glossaries",
                Role.TRANSLATOR,
                null,
                200,
                (t, f) -> Req.get(f.project() + "/glossaries")));
        all.add(new Endpoint(
                "GET /projects/{slug}/qa-settings",
                Role.TRANSLATOR,
                null,
                200,
                (t, f) -> Req.get(f.project() + "/qa-settings")));
        all.add(new Endpoint(
                "GET /projects/{slug}/export xliff21 fr",
                Role.TRANSLATOR,
                null,
                200,
                (t, f) -> Req.get(f.project() + "/export?locale=fr&format=xliff21")));
        all.add(new Endpoint("GET /documents/{id}", Role.TRANSLATOR, null, 200, (t, f) -> Req.get(f.document())));
        all.add(new Endpoint(
                "GET /documents/{id}/progress",
                Role.TRANSLATOR,
                null,
                200,
                (t, f) -> Req.get(f.document() + "/progress")));
        for (String locale : List.of("fr", "de")) {
            all.add(new Endpoint(
                    "GET /documents/{id}/segments?locale=" + locale,
                    Role.TRANSLATOR,
                    null,
                    200,
                    (t, f) -> Req.get(f.document() + "/segments?locale=" + locale)));
            all.add(new Endpoint(
                    "GET /documents/{id}/qa?locale=" + locale,
                    Role.TRANSLATOR,
                    null,
                    200,
                    (t, f) -> Req.get(f.document() + "/qa?locale=" + locale)));
            all.add(new Endpoint(
                    "GET /documents/{id}/export?locale=" + locale + "&format=xliff21",
                    Role.TRANSLATOR,
                    null,
                    200,
                    (t, f) -> Req.get(f.document() + "/export?locale=" + locale + "&format=xliff21")));
            all.add(new Endpoint(
                    "GET …/translations/" + locale + "/history",
                    Role.TRANSLATOR,
                    null,
                    200,
                    (t, f) -> Req.get(f.translation(PUT_SEGMENT, locale) + "/history")));
            all.add(new Endpoint(
                    "GET …/translations/" + locale + "/comments",
                    Role.TRANSLATOR,
                    null,
                    200,
                    (t, f) -> Req.get(f.translation(COMMENT_SEGMENT, locale) + "/comments")));
            // Comments are not among the locale-bound writes: anyone who sees the project comments.
            all.add(new Endpoint(
                    "POST …/translations/" + locale + "/comments",
                    Role.TRANSLATOR,
                    null,
                    201,
                    (t, f) -> Req.json(
                            "POST",
                            f.translation(COMMENT_SEGMENT, locale) + "/comments",
                            Map.of("text", "A matrix comment."))));

            // Locale-bound writes.
            all.add(new Endpoint(
                    "PUT …/translations/" + locale,
                    Role.TRANSLATOR,
                    locale,
                    200,
                    (t, f) -> Req.json(
                            "PUT",
                            f.translation(PUT_SEGMENT, locale),
                            Map.of(
                                    "target",
                                    "La rivière coule doucement.",
                                    "status",
                                    "DRAFT",
                                    "version",
                                    t.version(f, PUT_SEGMENT, locale)))));
            all.add(new Endpoint(
                    "POST …/translations/" + locale + "/review APPROVE",
                    Role.REVIEWER,
                    locale,
                    200,
                    (t, f) -> Req.json(
                            "POST",
                            f.translation(REVIEW_SEGMENT, locale) + "/review",
                            Map.of(
                                    "action",
                                    "APPROVE",
                                    "version",
                                    t.translated(f, REVIEW_SEGMENT, locale, "La ville dort.")))));
            all.add(new Endpoint(
                    "POST …/translations/" + locale + "/waivers",
                    Role.REVIEWER,
                    locale,
                    200,
                    (t, f) -> Req.json(
                            "POST",
                            f.translation(WAIVE_SEGMENT, locale) + "/waivers",
                            Map.of(
                                    "check",
                                    "qa.numbers",
                                    "reason",
                                    "The matrix says so.",
                                    "version",
                                    t.withFinding(f, locale)))));
            all.add(new Endpoint(
                    "POST /documents/{id}/import?locale=" + locale,
                    Role.TRANSLATOR,
                    locale,
                    200,
                    (t, f) -> new Req(
                            "POST",
                            f.document() + "/import?locale=" + locale,
                            "application/xliff+xml",
                            t.exported(f, locale))));
        }

        // MANAGER and up in the project.
        all.add(new Endpoint(
                "POST /projects/{slug}/documents (text/plain)",
                Role.MANAGER,
                null,
                201,
                (t, f) -> Req.text(
                        f.project() + "/documents?name=new-" + t.counter.incrementAndGet() + ".txt",
                        "A new document.")));
        all.add(new Endpoint(
                "POST /projects/{slug}/documents (xliff)",
                Role.MANAGER,
                null,
                201,
                (t, f) -> new Req(
                        "POST",
                        f.project() + "/documents?name=imported-" + t.counter.incrementAndGet() + ".xlf",
                        "application/xliff+xml",
                        t.exported(f, "fr"))));
        all.add(new Endpoint(
                "POST /projects/{slug}/publish",
                Role.MANAGER,
                null,
                200,
                (t, f) -> Req.json(
                        "POST",
                        f.project() + "/publish",
                        Map.of("locales", List.of("fr"), "formats", List.of("xliff21")))));
        all.add(new Endpoint(
                "PATCH /projects/{slug} (same name)",
                Role.MANAGER,
                null,
                200,
                (t, f) -> Req.json("PATCH", f.project(), Map.of("name", "Matrix " + f.slug()))));
        all.add(new Endpoint(
                "PATCH /projects/{slug}/qa-settings",
                Role.MANAGER,
                null,
                200,
                (t, f) -> Req.json("PATCH", f.project() + "/qa-settings", Map.of("qa.numbers", "ERROR"))));
        all.add(new Endpoint(
                "PUT /projects/{slug}/glossaries/{id}",
                Role.MANAGER,
                null,
                204,
                (t, f) -> Req.json("PUT", f.project() + "/glossaries/" + t.glossary, Map.of())));
        all.add(new Endpoint(
                "GET /projects/{slug}/members", Role.MANAGER, null, 200, (t, f) -> Req.get(f.project() + "/members")));
        all.add(new Endpoint(
                "PUT /projects/{slug}/members/{user}",
                Role.MANAGER,
                null,
                200,
                (t, f) -> Req.json(
                        "PUT",
                        f.project() + "/members/" + MEMBER,
                        Map.of("role", "TRANSLATOR", "locales", List.of("fr")))));
        all.add(new Endpoint("DELETE /projects/{slug}/members/{user}", Role.MANAGER, null, 204, (t, f) -> {
            t.memberExists(f);
            return Req.delete(f.project() + "/members/" + MEMBER);
        }));
        all.add(new Endpoint(
                "PATCH /documents/{id} (a throwaway document)",
                Role.MANAGER,
                null,
                200,
                (t, f) -> Req.json(
                        "PATCH",
                        "/api/v1/documents/" + t.throwawayDocument(f),
                        Map.of("name", "renamed-" + t.counter.incrementAndGet() + ".txt"))));
        all.add(new Endpoint(
                "DELETE /documents/{id} (a throwaway document)",
                Role.MANAGER,
                null,
                204,
                (t, f) -> Req.delete("/api/v1/documents/" + t.throwawayDocument(f))));
        all.add(new Endpoint(
                "DELETE /projects/{slug}?confirm= (a throwaway project like it)", Role.MANAGER, null, 204, (t, f) -> {
                    Fixture throwaway = t.project(f.open());
                    return Req.delete(throwaway.project() + "?confirm=" + throwaway.slug());
                }));
        // ADMIN everything; a MANAGER of the project for its entries.
        all.add(new Endpoint(
                "GET /audit?project={slug}",
                Role.MANAGER,
                null,
                200,
                (t, f) -> Req.get("/api/v1/audit?project=" + f.slug())));
        return all;
    }

    /** The status the rules give for the user on the endpoint in the project. */
    static int expected(Endpoint e, String user, boolean isOpen) {
        if (user == null) {
            return 401;
        }
        Standing s = STANDING.get(isOpen).get(user);
        if (!s.visible()) {
            return 404;
        }
        if (s.role().compareTo(e.needs()) < 0) {
            return 403;
        }
        if (e.writesLocale() != null && !s.writes(e.writesLocale())) {
            return 403;
        }
        return e.success();
    }

    Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        List<String> users = new ArrayList<>(USERS);
        users.add(null);
        for (Endpoint e : projectEndpoints()) {
            for (boolean isOpen : List.of(true, false)) {
                for (String user : users) {
                    int expected = expected(e, user, isOpen);
                    String who = who(user);
                    Standing s = user == null ? null : STANDING.get(isOpen).get(user);
                    String standing = s == null
                            ? ""
                            : !s.visible()
                                    ? " [non-member]"
                                    : " [" + s.role() + (s.locales().isEmpty() ? "" : " " + s.locales()) + "]";
                    cases.add(new Case(
                            (isOpen ? "OPEN " : "CLOSED ") + e.name() + " as " + who + standing + " → " + expected,
                            user,
                            t -> e.request().apply(t, t.fixture(isOpen)),
                            expected,
                            null,
                            null));
                }
            }
        }

        // The project list: a closed project is listed for its members and administrators only.
        for (String user : USERS) {
            for (boolean isOpen : List.of(true, false)) {
                boolean listed = STANDING.get(isOpen).get(user).visible();
                String who = who(user);
                cases.add(new Case(
                        "GET /projects as " + who + ": the " + (isOpen ? "open" : "closed") + " project is "
                                + (listed ? "listed" : "absent"),
                        user,
                        t -> Req.get("/api/v1/projects"),
                        200,
                        r -> slugs(r).contains(fixtureSlug(isOpen)) == listed,
                        (listed ? "lists " : "does not list ") + (isOpen ? "the open project" : "the closed project")));
            }
        }
        cases.add(
                new Case("GET /projects as anonymous → 401", null, t -> Req.get("/api/v1/projects"), 401, null, null));

        // Not bound to a project.
        Map<String, Integer> manager = roles(201, 201, 403, 403, 201);
        global(
                cases,
                "POST /projects",
                t -> Req.json(
                        "POST",
                        "/api/v1/projects",
                        Map.of(
                                "slug",
                                "mx-new-" + SUFFIX + "-" + t.counter.incrementAndGet(),
                                "name",
                                "New",
                                "sourceLocale",
                                "en",
                                "targetLocales",
                                List.of("fr"))),
                manager);
        global(cases, "GET /glossaries", t -> Req.get("/api/v1/glossaries"), roles(200, 200, 200, 200, 200));
        global(
                cases,
                "POST /glossaries",
                t -> Req.json(
                        "POST",
                        "/api/v1/glossaries",
                        Map.of("name", "Matrix new " + SUFFIX + " " + t.counter.incrementAndGet())),
                manager);
        global(cases, "GET /users", t -> Req.get("/api/v1/users"), roles(200, 403, 403, 403, 403));
        global(
                cases,
                "POST /users",
                t -> Req.json(
                        "POST",
                        "/api/v1/users",
                        Map.of(
                                "username",
                                "made" + SUFFIX + t.counter.incrementAndGet(),
                                "displayName",
                                "Made",
                                "role",
                                "TRANSLATOR",
                                "password",
                                "Made-By-Matrix-2041")),
                roles(201, 403, 403, 403, 403));
        global(
                cases,
                "PATCH /users/{username}",
                t -> Req.json("PATCH", "/api/v1/users/" + MEMBER, Map.of("displayName", "Member")),
                roles(200, 403, 403, 403, 403));
        global(cases, "GET /audit (no project)", t -> Req.get("/api/v1/audit"), roles(200, 403, 403, 403, 403));
        global(cases, "GET /me/tokens", t -> Req.get("/api/v1/me/tokens"), roles(200, 200, 200, 200, 200));
        global(
                cases,
                "POST /me/tokens",
                t -> Req.json("POST", "/api/v1/me/tokens", Map.of("name", "matrix " + t.counter.incrementAndGet())),
                roles(201, 201, 201, 201, 201));
        return cases.stream();
    }

    static String who(String user) {
        return user == null
                ? "anonymous"
                : user.equals(OUTSIDER) ? "outsider(MANAGER)" : user.equals(DEMOTED) ? "demoted(REVIEWER)" : user;
    }

    /**
     * Expected statuses for admin, manager, reviewer, translator, outsider (a MANAGER); the demoted user answers as
     * the reviewer (their global role); anonymous is 401.
     */
    static Map<String, Integer> roles(int admin, int manager, int reviewer, int translator, int outsider) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("admin", admin);
        map.put("manager", manager);
        map.put("reviewer", reviewer);
        map.put("translator", translator);
        map.put(OUTSIDER, outsider);
        map.put(DEMOTED, reviewer);
        return map;
    }

    static void global(
            List<Case> cases, String name, Function<AccessMatrixTest, Req> request, Map<String, Integer> expected) {
        expected.forEach((user, status) ->
                cases.add(new Case(name + " as " + who(user) + " → " + status, user, request, status, null, null)));
        cases.add(new Case(name + " as anonymous → 401", null, request, 401, null, null));
    }

    String fixtureSlug(boolean isOpen) {
        return fixture(isOpen).slug();
    }

    static List<String> slugs(Response r) {
        List<String> slugs = new ArrayList<>();
        r.json().forEach(p -> slugs.add(p.path("slug").asString()));
        return slugs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matrix(Case c) {
        Req req = c.request().apply(this);
        Response response = send(c.user(), req);
        boolean statusOk = response.status() == c.expected();
        boolean checkOk = !statusOk || c.check() == null || c.check().test(response);
        outcomes.add(new Outcome(c, req, response.status(), response.body(), statusOk && checkOk));
        assertThat(response.status())
                .as("%s %s as %s (body %s)", req.method(), req.path(), who(c.user()), abbreviate(response.body()))
                .isEqualTo(c.expected());
        assertThat(checkOk)
                .as(
                        "%s %s as %s %s; body %s",
                        req.method(), req.path(), who(c.user()), c.checkDescription(), abbreviate(response.body()))
                .isTrue();
    }

    Response send(String user, Req req) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(api.uri(req.path()));
        if (req.contentType() != null) {
            builder.header("Content-Type", req.contentType());
        }
        builder.method(
                req.method(),
                req.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(req.body(), StandardCharsets.UTF_8));
        return api.send(user, builder);
    }

    static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    @AfterAll
    void summary() throws IOException {
        List<Outcome> failed = outcomes.stream().filter(o -> !o.passed()).toList();
        StringBuilder report = new StringBuilder();
        report.append("Access matrix: ")
                .append(outcomes.size())
                .append(" cases, ")
                .append(outcomes.size() - failed.size())
                .append(" pass, ")
                .append(failed.size())
                .append(" differ from the rules\n");
        for (Outcome o : failed) {
            report.append(String.format(
                    "  %-7s %s as %s: expected %d, got %d%s — %s%n",
                    o.req().method(),
                    o.req().path(),
                    who(o.c().user()),
                    o.c().expected(),
                    o.actual(),
                    o.actual() == o.c().expected() ? " (" + o.c().checkDescription() + " fails)" : "",
                    abbreviate(o.body())));
        }
        System.out.println(report);
        Path file = Path.of("target/access-matrix.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
