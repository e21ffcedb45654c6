package dev.tessera;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import dev.tessera.support.ServerProcess;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Nothing answered is lost on a crash: the real server in a process of its own, five writers on it through API
 * tokens (translations saved, segments approved, glossary concepts added, documents imported), the process killed
 * with SIGKILL three times in mid-load and started again each time, and then every write that was answered 2xx
 * compared with what the server has: the last answered target of each segment (or a later one whose answer the kill
 * swallowed), every answered approval, concept and document. The database must open without a manual step.
 */
class CrashDurabilityTest {

    static final int KILLS = 3;
    static final int TRANSLATORS = 3;
    static final int SEGMENTS = 60;
    static final int REVIEWED = 40;

    @TempDir
    Path folder;

    ServerProcess server;
    ApiClient api;
    volatile boolean running = true;
    final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

    /** The server's settings besides the folder: none for H2; the PostgreSQL variant names its database. */
    Map<String, String> settings() {
        return Map.of();
    }

    /** A segment a writer owns: the target last answered 200 and the targets sent since, unanswered. */
    static final class Owned {
        final long id;
        int version;
        String answered;
        final Set<String> unanswered = new HashSet<>();

        Owned(long id) {
            this.id = id;
        }
    }

    record Concept(long id, String term) {}

    record Imported(long id, int segments) {}

    @Test
    void everyAnsweredWriteSurvivesKillMinus9() throws Exception {
        try (ServerProcess started = new ServerProcess(folder, settings())) {
            server = started;
            server.start();
            api = new ApiClient(server.port());
            String manager = ApiClient.bearer(api.token("manager"));
            String translator = ApiClient.bearer(api.token("translator"));
            String reviewer = ApiClient.bearer(api.token("reviewer"));
            Response project = api.postJson(
                    manager,
                    "/api/v1/projects",
                    Map.of("slug", "crash", "name", "Crash", "sourceLocale", "en", "targetLocales", List.of("fr")));
            assertThat(project.status()).as(project.body()).isEqualTo(201);
            long document = importText(manager, "article", SEGMENTS + REVIEWED).id();
            List<Long> ids = api.get(manager, "/api/v1/documents/" + document + "/segments?locale=fr")
                    .json()
                    .valueStream()
                    .map(n -> n.path("id").asLong())
                    .toList();
            assertThat(ids).hasSize(SEGMENTS + REVIEWED);
            Response glossary = api.postJson(manager, "/api/v1/glossaries", Map.of("name", "Crash terms"));
            assertThat(glossary.status()).as(glossary.body()).isEqualTo(201);
            long glossaryId = glossary.json().path("id").asLong();

            List<List<Owned>> translated = new ArrayList<>();
            for (int t = 0; t < TRANSLATORS; t++) {
                List<Owned> mine = new ArrayList<>();
                for (int i = t; i < SEGMENTS; i += TRANSLATORS) {
                    mine.add(new Owned(ids.get(i)));
                }
                translated.add(mine);
            }
            List<Owned> reviewed = ids.subList(SEGMENTS, SEGMENTS + REVIEWED).stream()
                    .map(Owned::new)
                    .toList();
            List<Long> approved = new ArrayList<>();
            List<Concept> concepts = new ArrayList<>();
            List<Imported> imports = new ArrayList<>();
            AtomicInteger answered = new AtomicInteger();

            List<Thread> writers = new ArrayList<>();
            for (List<Owned> mine : translated) {
                writers.add(Thread.ofPlatform().start(guarded(() -> translate(translator, document, mine, answered))));
            }
            writers.add(Thread.ofPlatform()
                    .start(guarded(() -> review(translator, reviewer, document, reviewed, approved, answered))));
            writers.add(Thread.ofPlatform().start(guarded(() -> addConcepts(manager, glossaryId, concepts, answered))));
            writers.add(Thread.ofPlatform().start(guarded(() -> importDocuments(manager, imports, answered))));

            for (int kill = 0; kill < KILLS; kill++) {
                Thread.sleep(2500 + 700L * kill);
                server.kill();
                server.start();
            }
            Thread.sleep(2000);
            running = false;
            for (Thread writer : writers) {
                writer.join();
            }
            assertThat(unexpected).as("answers no writer expects").isEmpty();
            assertThat(answered.get()).as("writes answered").isGreaterThan(100);

            verify(manager, document, translated, reviewed, approved, glossaryId, concepts, imports);
            // Once more with nothing in flight: the database opens again and holds the same.
            server.kill();
            server.start();
            verify(manager, document, translated, reviewed, approved, glossaryId, concepts, imports);
            System.out.printf(
                    "Crash test: %d writes answered (%d approvals, %d concepts, %d imports), %d kills, none lost%n",
                    answered.get(), approved.size(), concepts.size(), imports.size(), KILLS + 1);
        }
    }

    private void verify(
            String manager,
            long document,
            List<List<Owned>> translated,
            List<Owned> reviewed,
            List<Long> approved,
            long glossaryId,
            List<Concept> concepts,
            List<Imported> imports) {
        Map<Long, JsonNode> stored = segments(manager, document);
        for (List<Owned> mine : translated) {
            for (Owned segment : mine) {
                String target = stored.get(segment.id).path("target").asString(null);
                Set<String> allowed = new HashSet<>(segment.unanswered);
                allowed.add(segment.answered);
                assertThat(allowed)
                        .as("segment %d, last answered %s", segment.id, segment.answered)
                        .contains(target);
            }
        }
        for (long id : approved) {
            assertThat(stored.get(id).path("status").asString())
                    .as("segment %d", id)
                    .isEqualTo("APPROVED");
        }
        for (Concept concept : concepts) {
            Response read = api.get(manager, "/api/v1/glossaries/" + glossaryId + "/concepts/" + concept.id());
            assertThat(read.status()).as("concept %d", concept.id()).isEqualTo(200);
            assertThat(read.body()).contains(concept.term());
        }
        for (Imported imported : imports) {
            Response read = api.get(manager, "/api/v1/documents/" + imported.id() + "/segments?locale=fr");
            assertThat(read.status()).as("document %d", imported.id()).isEqualTo(200);
            assertThat(read.json().size()).isEqualTo(imported.segments());
        }
        assertThat(reviewed).isNotEmpty();
    }

    private void translate(String translator, long document, List<Owned> mine, AtomicInteger answered) {
        int n = 0;
        while (running) {
            Owned segment = mine.get(n % mine.size());
            String target = "Texte " + segment.id + " écrit " + n++;
            segment.unanswered.add(target);
            try {
                Response saved = api.putJson(
                        translator,
                        translation(document, segment.id),
                        Map.of("target", target, "status", "TRANSLATED", "version", segment.version));
                if (saved.status() == 200) {
                    segment.answered = target;
                    segment.unanswered.clear();
                    segment.version = saved.json().path("version").asInt();
                    answered.incrementAndGet();
                } else if (saved.status() == 409) {
                    segment.version = current(translator, document, segment.id)
                            .path("version")
                            .asInt();
                } else {
                    unexpected.add("PUT " + saved.status() + " " + saved.body());
                }
            } catch (UncheckedIOException e) {
                awaitServer();
            }
        }
    }

    private void review(
            String translator,
            String reviewer,
            long document,
            List<Owned> segments,
            List<Long> approved,
            AtomicInteger answered) {
        for (Owned segment : segments) {
            while (running) {
                try {
                    JsonNode now = current(reviewer, document, segment.id);
                    if (now.path("status").asString().equals("APPROVED")) {
                        break;
                    }
                    int version = now.path("version").asInt();
                    if (!now.path("status").asString().equals("TRANSLATED")) {
                        Response saved = api.putJson(
                                translator,
                                translation(document, segment.id),
                                Map.of("target", "Texte approuvé.", "status", "TRANSLATED", "version", version));
                        if (saved.status() != 200) {
                            unexpected.add("PUT before review " + saved.status() + " " + saved.body());
                            break;
                        }
                        version = saved.json().path("version").asInt();
                    }
                    Response review = api.postJson(
                            reviewer,
                            translation(document, segment.id) + "/review",
                            Map.of("action", "APPROVE", "version", version));
                    if (review.status() == 200) {
                        synchronized (approved) {
                            approved.add(segment.id);
                        }
                        answered.incrementAndGet();
                    } else {
                        unexpected.add("review " + review.status() + " " + review.body());
                    }
                    break;
                } catch (UncheckedIOException e) {
                    awaitServer();
                }
            }
        }
    }

    private void addConcepts(String manager, long glossaryId, List<Concept> concepts, AtomicInteger answered) {
        int n = 0;
        while (running) {
            String term = "crashterm" + n++;
            try {
                Response created = api.postJson(
                        manager,
                        "/api/v1/glossaries/" + glossaryId + "/concepts",
                        Map.of(
                                "terms",
                                List.of(
                                        Map.of("locale", "en", "text", term),
                                        Map.of("locale", "fr", "text", term + "-fr"))));
                if (created.status() == 201) {
                    synchronized (concepts) {
                        concepts.add(new Concept(created.json().path("id").asLong(), term));
                    }
                    answered.incrementAndGet();
                } else {
                    unexpected.add("concept " + created.status() + " " + created.body());
                }
            } catch (UncheckedIOException e) {
                awaitServer();
            }
        }
    }

    private void importDocuments(String manager, List<Imported> imports, AtomicInteger answered) {
        int n = 0;
        while (running) {
            try {
                Imported imported = importText(manager, "import-" + n++, 3 + n % 5);
                if (imported != null) {
                    synchronized (imports) {
                        imports.add(imported);
                    }
                    answered.incrementAndGet();
                }
            } catch (UncheckedIOException e) {
                awaitServer();
            }
        }
    }

    /** A text document of {@code lines} sentences without digits; null (and noted) unless it was created. */
    private Imported importText(String manager, String name, int lines) {
        StringBuilder text = new StringBuilder();
        String[] words = {"river", "harbour", "bridge", "market", "garden", "station", "library", "valley"};
        for (int i = 0; i < lines; i++) {
            text.append("The ")
                    .append(words[i % words.length])
                    .append(" of ")
                    .append(words[(i / words.length) % words.length])
                    .append(" opens ")
                    .append(name.replaceAll("\\d", "x"))
                    .append(" line ")
                    .append(Character.toString('a' + i % 26))
                    .append(Character.toString('a' + (i / 26) % 26))
                    .append(".\n");
        }
        Response created = api.postText(manager, "/api/v1/projects/crash/documents?name=" + name, text.toString());
        if (created.status() != 201) {
            unexpected.add("import " + created.status() + " " + created.body());
            return null;
        }
        return new Imported(
                created.json().path("id").asLong(),
                created.json().path("segmentCount").asInt());
    }

    private Map<Long, JsonNode> segments(String user, long document) {
        Response read = api.get(user, "/api/v1/documents/" + document + "/segments?locale=fr");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        Map<Long, JsonNode> byId = new java.util.HashMap<>();
        read.json().valueStream().forEach(n -> byId.put(n.path("id").asLong(), n));
        return byId;
    }

    private JsonNode current(String user, long document, long segment) {
        return segments(user, document).get(segment);
    }

    private static String translation(long document, long segment) {
        return "/api/v1/documents/" + document + "/segments/" + segment + "/translations/fr";
    }

    /** A writer that fails is reported, not lost with its thread. */
    private Runnable guarded(Runnable writer) {
        return () -> {
            try {
                writer.run();
            } catch (RuntimeException | AssertionError e) {
                unexpected.add("writer failed: " + e);
            }
        };
    }

    private void awaitServer() {
        while (!server.healthy()) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
