package dev.tessera.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A freshly emptied schema of the test PostgreSQL server (TESSERA_TEST_POSTGRES_URL) for a server started outside
 * Spring's test context ({@link ServerProcess}): the settings that point it there, with the {@code postgres} profile.
 * Skips the test without the server, fails it under CI=true, as {@link OnPostgres} does.
 */
public final class PostgresSchema {

    private PostgresSchema() {}

    public static Map<String, String> settings(String schema) {
        String url = Postgres.requireUrl();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
        return existing(schema);
    }

    /** The settings of a schema as it is: a second node beside an {@link OnPostgres} test's own server. */
    public static Map<String, String> existing(String schema) {
        return Map.of(
                "postgres",
                "true",
                "spring.datasource.url",
                Postgres.requireUrl(),
                "spring.datasource.username",
                "",
                "spring.datasource.hikari.schema",
                schema,
                "spring.flyway.schemas",
                schema);
    }
}
