package dev.tessera.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * A project made through the REST API for a test, English into one locale, with the steps tests of the translation
 * memory repeat: import a text, translate as "translator", approve as "reviewer", wait for the memory to learn.
 */
public final class TranslatedProject {

    private final ApiClient api;
    private final String slug;
    private final String locale;

    private TranslatedProject(ApiClient api, String slug, String locale) {
        this.api = api;
        this.slug = slug;
        this.locale = locale;
    }

    /**
     * A new project "{prefix}-xxxxxxxx" named "TM {slug}", so its own memory is "TM {slug} (project)", into
     * {@code locale} (the one the steps use) and any {@code more}.
     */
    public static TranslatedProject create(ApiClient api, String prefix, String locale, String... more) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> locales = new ArrayList<>(List.of(locale));
        locales.addAll(List.of(more));
        Response created = api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of("slug", slug, "name", "TM " + slug, "sourceLocale", "en", "targetLocales", locales));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new TranslatedProject(api, slug, locale);
    }

    /** A project a test made otherwise. */
    public static TranslatedProject existing(ApiClient api, String slug, String locale) {
        return new TranslatedProject(api, slug, locale);
    }

    public String slug() {
        return slug;
    }

    public String memoryName() {
        return "TM " + slug + " (project)";
    }

    public long document(String name, String text) {
        Response doc = api.postText("manager", "/api/v1/projects/" + slug + "/documents?name=" + name, text);
        assertThat(doc.status()).as(doc.body()).isEqualTo(201);
        return doc.json().path("id").asLong();
    }

    public JsonNode rows(long document) {
        return api.get("translator", "/api/v1/documents/" + document + "/segments?locale=" + locale)
                .json();
    }

    public List<Long> segments(long document) {
        return rows(document).findValues("id").stream().map(JsonNode::asLong).toList();
    }

    /** Saves the target with the status (DRAFT or TRANSLATED) on the version the segment has now. */
    public void translate(long document, long segment, String target, String status) {
        Response saved = api.putJson(
                "translator",
                translation(document, segment),
                Map.of("target", target, "status", status, "version", version(document, segment)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    public void approve(long document, long segment) {
        Response approved = api.postJson(
                "reviewer",
                translation(document, segment) + "/review",
                Map.of("action", "APPROVE", "version", version(document, segment)));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    public void translateAndApprove(long document, long segment, String target) {
        translate(document, segment, target, "TRANSLATED");
        approve(document, segment);
    }

    /** The segment's matches, asked again every 50 ms for up to 5 s until they satisfy {@code until}. */
    public JsonNode matches(long document, long segment, Predicate<JsonNode> until) throws InterruptedException {
        JsonNode found = null;
        for (int i = 0; i < 100; i++) {
            Response response = api.get(
                    "translator",
                    "/api/v1/documents/" + document + "/segments/" + segment + "/matches?locale=" + locale);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            found = response.json();
            if (until.test(found)) {
                return found;
            }
            Thread.sleep(50);
        }
        return found;
    }

    private int version(long document, long segment) {
        return rows(document)
                .valueStream()
                .filter(n -> n.path("id").asLong() == segment)
                .findFirst()
                .orElseThrow()
                .path("version")
                .asInt();
    }

    /** The REST path of the segment's translation in the project's locale. */
    public String translation(long document, long segment) {
        return "/api/v1/documents/" + document + "/segments/" + segment + "/translations/" + locale;
    }
}
