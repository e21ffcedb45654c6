package dev.tessera.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server the tests use, named by TESSERA_TEST_POSTGRES_URL (a JDBC URL). Without it the tests
 * that need it are skipped, except under CI=true, where they fail.
 */
public final class Postgres {

    private Postgres() {
    }

    /** Points the Spring context at a freshly emptied schema of the test server, one schema per test class. */
    public static void register(DynamicPropertyRegistry registry, String schema) {
        String url = requireUrl();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "");
        registry.add("spring.datasource.hikari.schema", () -> schema);
        registry.add("spring.flyway.schemas", () -> schema);
    }

    public static String requireUrl() {
        String url = System.getenv("TESSERA_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI=true but TESSERA_TEST_POSTGRES_URL is not set: the PostgreSQL tests cannot run.");
            }
            Assumptions.abort("Skipped: set TESSERA_TEST_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)"
                    + " to run the PostgreSQL tests.");
        }
        return url;
    }
}
