package dev.tessera.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.segmentation.Segmenter;
import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The foundation issue's speed figures, printed as a table. Runs only in the benchmark profile:
 * {@code mvn -Pbench test}. It measures; it asserts only that the work was done.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FoundationBenchmarkTest {

    private static final Path ARTICLE = Path.of("translations/china-pakistan/source/000_3f756b0bd05c4f32.txt");
    private static final List<String> ROWS = Collections.synchronizedList(new ArrayList<>());

    @LocalServerPort
    int port;

    static String article;

    @BeforeAll
    static void readArticle() throws IOException {
        article = Files.readString(ARTICLE);
    }

    @Test
    void segmentationThroughput() {
        String text = repeatTo(article, 20_000_000);
        Segmenter segmenter = Segmenter.forLanguage("en");
        int segments = segmenter.segmentDocument(text).size();
        List<Long> nanos = measure(3, 5, () -> segmenter.segmentDocument(text).size());
        double perSecond = text.length() * 1e9 / median(nanos);
        row(
                "segmentation, English, %,d chars (%,d segments)".formatted(text.length(), segments),
                "%,.1f M chars/s".formatted(perSecond / 1e6),
                "≥ 5 M chars/s");
    }

    @Test
    void importOneMegabyteArticle() {
        ApiClient api = new ApiClient(port);
        api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of("slug", "bench-import", "name", "Bench", "sourceLocale", "en", "targetLocales", List.of("fr")));
        String text = repeatTo(article, 1_000_000);
        int[] n = {0};
        List<Long> nanos = measure(1, 5, () -> {
            Response r =
                    api.postText("manager", "/api/v1/projects/bench-import/documents?name=a" + (n[0]++) + ".txt", text);
            assertThat(r.status()).isEqualTo(201);
            return r.json().path("segmentCount").asInt();
        });
        row(
                "import 1 MB article (%,d bytes) to 201"
                        .formatted(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                "%,.0f ms".formatted(median(nanos) / 1e6),
                "≤ 3 s");
    }

    @Test
    void listTenThousandSegments() {
        ApiClient api = new ApiClient(port);
        api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of("slug", "bench-list", "name", "Bench", "sourceLocale", "en", "targetLocales", List.of("fr")));
        StringBuilder lines = new StringBuilder();
        List<String> sentences = Segmenter.forLanguage("en").sentences(article);
        for (int i = 0; i < 10_000; i++) {
            lines.append("Row ")
                    .append(i)
                    .append(": ")
                    .append(sentences.get(i % sentences.size()))
                    .append('\n');
        }
        Response doc = api.postText("manager", "/api/v1/projects/bench-list/documents?name=big.txt", lines.toString());
        assertThat(doc.json().path("segmentCount").asInt()).isEqualTo(10_000);
        String path = "/api/v1/documents/" + doc.json().path("id").asLong() + "/segments?locale=fr";
        List<Long> nanos = measure(3, 10, () -> {
            Response r = api.get("translator", path);
            assertThat(r.status()).isEqualTo(200);
            return r.body().length();
        });
        row("list 10,000 segments through the API", "%,.0f ms".formatted(median(nanos) / 1e6), "≤ 1 s");
    }

    @AfterAll
    static void printTable() {
        System.out.println();
        System.out.println("| benchmark | median | target |");
        System.out.println("|---|---|---|");
        ROWS.forEach(System.out::println);
        System.out.println();
    }

    private static void row(String what, String figure, String target) {
        ROWS.add("| " + what + " | " + figure + " | " + target + " |");
    }

    static List<Long> measure(int warmUps, int runs, Supplier<Object> work) {
        for (int i = 0; i < warmUps; i++) {
            work.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }

    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String repeatTo(String text, int chars) {
        StringBuilder sb = new StringBuilder(chars + text.length());
        while (sb.length() + text.length() + 2 <= chars) {
            sb.append(text).append("\n\n");
        }
        return sb.toString();
    }
}
