package dev.tessera.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import dev.tessera.support.PostgresSchema;
import dev.tessera.support.ServerProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15's load, as users meet it: the real server in a process of its own on the embedded database, 16 API
 * writers (tokens, not Basic) saving into the same 40 segments for 20 seconds, each with the version it last saw and,
 * after a 409, the current one from the answer. Throughput, save latency, conflicts, and lost updates (a segment
 * whose stored version or target is not its last answered save's). Run twice: with every commit written before the
 * answer (the default) and, for the cost of that, with H2's half-second write delay; and on PostgreSQL when
 * TESSERA_TEST_POSTGRES_URL names one.
 * {@code mvn -Pbench test -Dtest=LoadBenchmarkTest}.
 */
@Tag("bench")
class LoadBenchmarkTest {

    static final int WRITERS = 16;
    static final int SEGMENTS = 40;
    static final long SECONDS = 20;

    @TempDir
    Path folder;

    record Saved(int version, String target) {}

    @Test
    void sixteenWritersOnSharedSegments() throws Exception {
        System.out.println();
        System.out.println("| load: 16 API writers on 40 shared segments, 20 s, server process | figure |");
        System.out.println("|---|---|");
        run("every commit written before the answer (WRITE_DELAY=0, the default)", Map.of());
        run(
                "H2's default half-second write delay (before)",
                Map.of(
                        "spring.datasource.url",
                        "jdbc:h2:file:" + folder.resolve("delayed").resolve("tessera") + ";AUTO_SERVER=FALSE"));
        if (System.getenv("TESSERA_TEST_POSTGRES_URL") != null) {
            run("PostgreSQL on this machine (postgres profile)", PostgresSchema.settings("tessera_bench_load"));
        }
        System.out.println();
    }

    private void run(String label, Map<String, String> settings) throws Exception {
        try (ServerProcess server = new ServerProcess(folder.resolve("server-" + label.hashCode()), settings)) {
            server.start();
            ApiClient api = new ApiClient(server.port());
            String manager = ApiClient.bearer(api.token("manager"));
            api.postJson(
                    manager,
                    "/api/v1/projects",
                    Map.of("slug", "load", "name", "Load", "sourceLocale", "en", "targetLocales", List.of("fr")));
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < SEGMENTS; i++) {
                text.append("Sentence ")
                        .append(Character.toString('a' + i % 26))
                        .append(i / 26)
                        .append(" is here.\n");
            }
            long document = api.postText(manager, "/api/v1/projects/load/documents?name=load", text.toString())
                    .json()
                    .path("id")
                    .asLong();
            List<Long> segments = api.get(manager, "/api/v1/documents/" + document + "/segments?locale=fr")
                    .json()
                    .valueStream()
                    .map(n -> n.path("id").asLong())
                    .toList();

            Map<Long, Saved> answered = new ConcurrentHashMap<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger conflicts = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            List<Thread> writers = new ArrayList<>();
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            for (int w = 0; w < WRITERS; w++) {
                String writer = ApiClient.bearer(api.token("translator"));
                int id = w;
                writers.add(Thread.ofPlatform().start(() -> {
                    Random random = new Random(id);
                    Map<Long, Integer> seen = new java.util.HashMap<>();
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long segment = segments.get(random.nextInt(segments.size()));
                        String target = "Phrase du rédacteur " + id + ", essai " + n++ + ".";
                        long start = System.nanoTime();
                        Response saved = api.putJson(
                                writer,
                                "/api/v1/documents/" + document + "/segments/" + segment + "/translations/fr",
                                Map.of(
                                        "target",
                                        target,
                                        "status",
                                        "TRANSLATED",
                                        "version",
                                        seen.getOrDefault(segment, 0)));
                        latencies.add(System.nanoTime() - start);
                        if (saved.status() == 200) {
                            int version = saved.json().path("version").asInt();
                            seen.put(segment, version);
                            answered.merge(
                                    segment, new Saved(version, target), (a, b) -> a.version() >= b.version() ? a : b);
                        } else if (saved.status() == 409) {
                            conflicts.incrementAndGet();
                            seen.put(
                                    segment,
                                    saved.json().path("current").path("version").asInt());
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                }));
            }
            for (Thread writer : writers) {
                writer.join();
            }
            int lost = 0;
            for (JsonNode row : api.get(manager, "/api/v1/documents/" + document + "/segments?locale=fr")
                    .json()) {
                Saved last = answered.get(row.path("id").asLong());
                if (last != null
                        && (row.path("version").asInt() != last.version()
                                || !row.path("target").asString().equals(last.target()))) {
                    lost++;
                }
            }
            int saves = latencies.size() - conflicts.get() - failures.get();
            System.out.printf(
                    "| %s: saves/s; p50 / p95 save latency; 409s; other errors; lost updates | %.0f/s; %.1f / %.1f ms;"
                            + " %,d of %,d requests; %d; %d |%n",
                    label,
                    saves / (double) SECONDS,
                    MemoryBenchmarkTest.percentile(latencies, 50) / 1e6,
                    MemoryBenchmarkTest.percentile(latencies, 95) / 1e6,
                    conflicts.get(),
                    latencies.size(),
                    failures.get(),
                    lost);
            assertThat(lost).isZero();
            assertThat(failures.get()).isZero();
        }
    }
}
