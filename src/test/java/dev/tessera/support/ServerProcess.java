package dev.tessera.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Tessera server in a JVM of its own, started from the test classpath with the demo users, for what only a real
 * process shows: {@link #kill()} is {@code kill -9}. Each start appends to {@code server.log} in its folder.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path folder;
    private final Map<String, String> settings;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    /** A server on the embedded H2 database in {@code folder}, with {@code settings} as system properties. */
    public ServerProcess(Path folder, Map<String, String> settings) {
        this.folder = folder;
        this.settings = settings;
        this.port = freePort();
    }

    public int port() {
        return port;
    }

    public Path log() {
        return folder.resolve("server.log");
    }

    /** Starts the server and waits until its health is UP. */
    public void start() throws IOException, InterruptedException {
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx768m");
        // -Dtessera.server.jvmArgs="…" adds options to the server's JVM (a profiler, say).
        for (String option : System.getProperty("tessera.server.jvmArgs", "").split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dserver.port=" + port);
        command.add("-Dspring.profiles.active=test" + (settings.containsKey("postgres") ? ",postgres" : ""));
        command.add("-Dtessera.data-dir=" + folder.resolve("data"));
        command.add("-Dtessera.glossary-dir=" + folder.resolve("glossary"));
        command.add("-Dtessera.translations-dir=translations");
        command.add("-Dtessera.demo=true");
        settings.forEach((key, value) -> {
            if (!key.equals("postgres")) {
                command.add("-D" + key + "=" + value);
            }
        });
        command.add("dev.tessera.TesseraApplication");
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                .start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!healthy()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("The server did not start; the end of its log:\n" + logTail());
            }
            Thread.sleep(200);
        }
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public boolean healthy() {
        try {
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
