package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Other tools' XLIFF as new documents: segments, targets and states come in, inline codes stay whole as protected
 * markers, {@code qa.codes} watches them, and exports write them back byte for byte.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class XliffDocumentTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String slug;

    @BeforeEach
    void project() {
        api = new ApiClient(port);
        slug = "d" + UUID.randomUUID().toString().substring(0, 8);
        api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of(
                        "slug",
                        slug,
                        "name",
                        "Bilingual " + slug,
                        "sourceLocale",
                        "en",
                        "targetLocales",
                        List.of("fr")));
    }

    @Test
    void xliff12CodesSurviveTheRoundTripByteForByte() throws IOException {
        String original = resource("codes-1.2.xlf");
        Response created = create(original, "brochure");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        assertThat(created.json().path("segmentCount").asInt()).isEqualTo(2);
        assertThat(created.json().path("translations").path("updated").asInt()).isEqualTo(2);
        long doc = created.json().path("id").asLong();

        JsonNode rows = segments(doc);
        assertThat(rows.get(0).path("status").asString()).isEqualTo("TRANSLATED");
        assertThat(rows.get(0).path("source").asString())
                .isEqualTo("Click \uE400Save\uE800 now.\uE001Then \uE002 wait.");
        assertThat(rows.get(1).path("status").asString()).isEqualTo("DRAFT");
        assertThat(rows.get(1).path("issues").toString())
                .contains("qa.codes")
                .contains("<1/>")
                .contains("<2/>");
        assertThat(rows.get(0).path("issues").toString()).doesNotContain("qa.codes");

        String exported = export(doc, "xliff12");
        List<String> originalUnits = inner(original, "source", "target");
        List<String> exportedUnits = inner(exported, "source", "target");
        assertThat(exportedUnits.get(0)).isEqualTo(originalUnits.get(0));
        assertThat(exportedUnits.get(1)).isEqualTo(originalUnits.get(1));
        assertThat(exportedUnits.get(2)).isEqualTo(originalUnits.get(2));

        // The translator puts the link's codes into the draft: the finding goes, and the export carries them.
        Response saved = api.putJson(
                "translator",
                "/api/v1/documents/" + doc + "/segments/"
                        + rows.get(1).path("id").asLong() + "/translations/fr",
                Map.of("target", "Ouvrez \uE000le lien\uE001.", "status", "TRANSLATED", "version", 1));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("issues").toString()).doesNotContain("qa.codes");
        assertThat(inner(export(doc, "xliff12"), "target").get(1))
                .isEqualTo("Ouvrez <bpt id=\"4\">&lt;a href=\"x\"&gt;</bpt>le lien<ept id=\"4\">&lt;/a&gt;</ept>.");

        // Plain text has no codes to carry.
        assertThat(export(doc, "text"))
                .isEqualTo("Cliquez sur Enregistrer maintenant.Puis  attendez.\n\nOuvrez le lien.");

        // Its own export comes back unchanged; the other version of XLIFF carries the codes as plain ones.
        Response back = api.post(
                "translator",
                "/api/v1/documents/" + doc + "/import?locale=fr",
                "application/xliff+xml",
                export(doc, "xliff12").getBytes(StandardCharsets.UTF_8));
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().path("unchanged").asInt()).isEqualTo(2);
        String other = export(doc, "xliff21");
        assertThat(other)
                .contains(
                        "<source>Click <pc id=\"c1\">Save</pc> now.<ph id=\"c2\"/>Then <ph id=\"c3\"/> wait.</source>");
        validate21(other);

        // Codes typed wrongly (a paired code as a standalone one, a code twice) become placeholders in the export.
        Response wrong = api.putJson(
                "translator",
                "/api/v1/documents/" + doc + "/segments/"
                        + rows.get(0).path("id").asLong() + "/translations/fr",
                Map.of("target", "\uE000x\uE001\uE001", "status", "TRANSLATED", "version", 1));
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(200);
        assertThat(inner(export(doc, "xliff12"), "target").get(0))
                .isEqualTo("<x id=\"lost1\"/>x<x id=\"2\" ctype=\"lb\"/><x id=\"lost2\"/>");
        validate21(export(doc, "xliff21"));
    }

    @Test
    void xliff2CodesAndTheirOriginalDataSurviveTheRoundTrip() throws IOException {
        String original = resource("codes-2.1.xlf");
        Response created = create(original, "app");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long doc = created.json().path("id").asLong();
        JsonNode rows = segments(doc);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("paragraph").asInt())
                .isEqualTo(rows.get(1).path("paragraph").asInt());
        assertThat(rows.get(1).path("status").asString()).isEqualTo("UNTRANSLATED");

        String exported = export(doc, "xliff21");
        assertThat(inner(exported, "source").get(0))
                .isEqualTo(inner(original, "source").get(0));
        assertThat(inner(exported, "target").get(0))
                .isEqualTo(inner(original, "target").get(0));
        assertThat(exported)
                .contains("<originalData><data id=\"d1\">&lt;br/&gt;</data><data id=\"d2\">&lt;b&gt;</data>"
                        + "<data id=\"d3\">&lt;/b&gt;</data></originalData>");
        validate21(exported);
        assertThat(export(doc, "xliff12"))
                .contains("<source xml:lang=\"en\">Press <g id=\"c1\">Start</g>.<x id=\"c2\"/></source>");

        // A translator who loses a code gets a qa.codes error, and the export still holds well-formed XML.
        Response saved = api.putJson(
                "translator",
                "/api/v1/documents/" + doc + "/segments/"
                        + rows.get(0).path("id").asLong() + "/translations/fr",
                Map.of("target", "Appuyez sur \uE400Démarrer.", "status", "TRANSLATED", "version", 1));
        assertThat(saved.json().path("issues").toString())
                .contains("qa.codes")
                .contains("</1>")
                .contains("<2/>");
        assertThat(export(doc, "xliff21")).contains("<target>Appuyez sur <ph id=\"lost1\"/>Démarrer.</target>");
    }

    @Test
    void badFilesAndWrongRolesAreRefused() throws IOException {
        String good = resource("codes-1.2.xlf");
        assertThat(create(good, "x", "translator").status()).isEqualTo(403);
        assertThat(create(good.replace("target-language=\"fr\"", "target-language=\"de\""), "x")
                        .status())
                .isEqualTo(400);
        assertThat(create(good.replace("source-language=\"en-US\"", "source-language=\"ur\""), "x")
                        .status())
                .isEqualTo(400);
        assertThat(create(
                                resource("codes-2.1.xlf")
                                        .replace(
                                                "<pc id=\"1\" dataRefStart=\"d2\"", "<pc id=\"2\" dataRefStart=\"d2\""),
                                "x")
                        .status())
                .as("duplicate ids: Okapi's validation")
                .isEqualTo(400);
        assertThat(create("<xliff/>", "x").status()).isEqualTo(400);
        assertThat(create(good, "brochure").status()).isEqualTo(201);
        assertThat(create(good, "brochure").status()).as("the name is taken").isEqualTo(409);
        assertThat(api.get("manager", "/api/v1/projects/" + slug + "/documents").json())
                .hasSize(1);
    }

    private Response create(String file, String name) {
        return create(file, name, "manager");
    }

    private Response create(String file, String name, String user) {
        return api.post(
                user,
                "/api/v1/projects/" + slug + "/documents?name=" + name,
                "application/xliff+xml",
                file.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode segments(long doc) {
        return api.get("translator", "/api/v1/documents/" + doc + "/segments?locale=fr")
                .json();
    }

    private String export(long doc, String format) {
        Response response = api.get(
                "translator",
                "/api/v1/documents/" + doc + "/export?locale=fr&format=" + format
                        + (format.equals("text") ? "&fallback=source" : ""));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The inner XML of each element of these names, in document order. */
    static List<String> inner(String xml, String... names) {
        String alternatives = String.join("|", names);
        Matcher m = Pattern.compile("<(" + alternatives + ")(?: [^>]*)?>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(xml);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(2));
        }
        return found;
    }

    private static void validate21(String xliff) {
        net.sf.okapi.lib.xliff2.reader.XLIFFReader.validate(
                new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)), null);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = XliffDocumentTest.class.getResourceAsStream("/xliff/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
