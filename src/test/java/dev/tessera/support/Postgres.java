package dev.tessera.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The PostgreSQL server the {@link OnPostgres} tests use, named by TESSERA_TEST_POSTGRES_URL (a JDBC URL). Without
 * it those tests are skipped, except under CI=true, where they fail.
 */
final class Postgres implements BeforeAllCallback, ExecutionCondition, ContextCustomizerFactory {

    /** The contexts this JVM has pointed at PostgreSQL: each gets the next schema. */
    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    /**
     * Skips the class before its instance exists: a class with one instance for all its tests has its Spring context
     * loaded before any before-all callback runs.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String url = System.getenv("TESSERA_TEST_POSTGRES_URL");
        return (url == null || url.isBlank()) && !"true".equals(System.getenv("CI"))
                ? ConditionEvaluationResult.disabled(
                        "Skipped: set TESSERA_TEST_POSTGRES_URL to run the PostgreSQL tests.")
                : ConditionEvaluationResult.enabled("PostgreSQL named");
    }

    /** Skips or fails the class before its Spring context is loaded, which would only report a load failure. */
    @Override
    public void beforeAll(ExtensionContext context) {
        requireUrl();
    }

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Schema();
    }

    /**
     * Points the Spring context at a freshly emptied schema of the test server, {@code tessera_ctx_<n>}, the n-th
     * context this JVM started on PostgreSQL. The customizer names no class: test classes with otherwise the same
     * configuration share one context, and its schema, as the H2 tests share one database.
     */
    private record Schema() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String url = requireUrl();
            String name = "tessera_ctx_" + CONTEXTS.incrementAndGet();
            try (Connection connection = DriverManager.getConnection(url);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + name + " cascade");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach PostgreSQL at " + url + ": " + e.getMessage(), e);
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "postgres " + name,
                            Map.of(
                                    "spring.datasource.url", url,
                                    "spring.datasource.username", "",
                                    "spring.datasource.hikari.schema", name,
                                    // Every context keeps its pool open until the run ends (Spring caches up to
                                    // 32): small pools keep a dozen of them under the server's 100 connections.
                                    "spring.datasource.hikari.maximum-pool-size", "4",
                                    "spring.flyway.schemas", name)));
        }
    }

    static String requireUrl() {
        String url = System.getenv("TESSERA_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI=true but TESSERA_TEST_POSTGRES_URL is not set: the PostgreSQL tests cannot run.");
            }
            Assumptions.abort(
                    "Skipped: set TESSERA_TEST_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)"
                            + " to run the PostgreSQL tests.");
        }
        return url;
    }
}
