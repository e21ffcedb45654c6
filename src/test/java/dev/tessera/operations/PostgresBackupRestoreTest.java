package dev.tessera.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.PostgresSchema;
import dev.tessera.support.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's backup and restore on PostgreSQL: {@code pg_dump -Fc} of a running server's schema, more work after
 * it, then {@code pg_restore} into a new database and a server started there, holding what was there at the dump
 * and nothing after (Flyway finds the schema current).
 */
class PostgresBackupRestoreTest {

    private static final String SCHEMA = "tessera_test_pg_backup";
    private static final String RESTORED = "tessera_test_restored";

    @TempDir
    Path folder;

    @Test
    void aDumpOfTheRunningServerRestoresIntoANewDatabase() throws Exception {
        Map<String, String> settings = PostgresSchema.settings(SCHEMA);
        String url = settings.get("spring.datasource.url");
        URI database = URI.create(url.substring("jdbc:".length()));
        Assumptions.assumeTrue(
                "true".equals(System.getenv("CI")) || Files.isExecutable(Path.of("/usr/bin/pg_dump")),
                "pg_dump and pg_restore are not installed");
        Path dump = folder.resolve("tessera.dump");
        try (ServerProcess server = new ServerProcess(folder.resolve("first"), settings)) {
            server.start();
            ApiClient api = new ApiClient(server.port());
            assertThat(project(api, "before-dump").status()).isEqualTo(201);
            run(tool(database, "pg_dump", "-Fc", "-n", SCHEMA, "-f", dump.toString()));
            assertThat(project(api, "after-dump").status()).isEqualTo(201);
            server.kill();
        }

        String admin = url.substring(0, url.indexOf('?') < 0 ? url.length() : url.indexOf('?'));
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + RESTORED + " with (force)");
            statement.execute("create database " + RESTORED);
        }
        URI restoredDatabase = URI.create(database.toString().replace(database.getPath(), "/" + RESTORED));
        run(tool(restoredDatabase, "pg_restore", "-d", RESTORED, dump.toString()));

        Map<String, String> restored = new HashMap<>(settings);
        restored.put(
                "spring.datasource.url", url.replace(admin, admin.substring(0, admin.lastIndexOf('/') + 1) + RESTORED));
        try (ServerProcess server = new ServerProcess(folder.resolve("restored"), restored)) {
            server.start();
            String projects = new ApiClient(server.port())
                    .get("manager", "/api/v1/projects")
                    .body();
            assertThat(projects).contains("\"before-dump\"").doesNotContain("after-dump");
        } finally {
            try (Connection connection = DriverManager.getConnection(url);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + RESTORED + " with (force)");
            }
        }
    }

    /** A PostgreSQL client tool with the test server's host, port, user and database. */
    private static List<String> tool(URI database, String name, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                "/usr/bin/" + name,
                "-h",
                database.getHost(),
                "-p",
                String.valueOf(database.getPort() < 0 ? 5432 : database.getPort())));
        String query = database.getQuery() == null ? "" : database.getQuery();
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("user=")) {
                command.addAll(List.of("-U", parameter.substring("user=".length())));
            }
        }
        if (!List.of(arguments).contains("-d")) {
            command.addAll(List.of("-d", database.getPath().substring(1)));
        }
        command.addAll(List.of(arguments));
        return command;
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("tools.log").toFile())
                .start();
        assertThat(process.waitFor())
                .as(String.join(" ", command) + "\n" + Files.readString(folder.resolve("tools.log")))
                .isZero();
    }

    private static ApiClient.Response project(ApiClient api, String slug) {
        return api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of("slug", slug, "name", slug, "sourceLocale", "en", "targetLocales", List.of("fr")));
    }
}
