package dev.tessera.operations;

import dev.tessera.shared.StartupMarkers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Start-up work (the runners: the first administrator, the demo data, backfills, the glossary folder) on one node at
 * a time. On PostgreSQL the first runner takes a session-level advisory lock and the last one releases it, so nodes
 * started at the same moment do it one after the other and the later ones find it done (each runner checks what is
 * there first); Flyway's migrations take a lock of their own. The node's health ({@code /actuator/health/startup})
 * says which it was. On the embedded database there is one node, and no lock.
 */
@Component("startupWork")
class StartupWork implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(StartupWork.class);
    /** The advisory lock's key: "tessera" in ASCII. */
    private static final long LOCK_KEY = 0x7465737365726189L;

    private static final String FIRST_START = "startup.first-done";

    private final DataSource dataSource;
    private final StartupMarkers markers;
    private @Nullable Connection lock;
    private volatile String outcome = "starting";
    private volatile long waitedMillis;
    private volatile boolean waited;
    private volatile boolean firstStart;

    StartupWork(DataSource dataSource, StartupMarkers markers) {
        this.dataSource = dataSource;
        this.markers = markers;
    }

    void begin() throws SQLException {
        long started = System.nanoTime();
        Connection connection = dataSource.getConnection();
        if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            try (Statement statement = connection.createStatement()) {
                var free = statement.executeQuery("select pg_try_advisory_lock(" + LOCK_KEY + ")");
                free.next();
                if (!free.getBoolean(1)) {
                    waited = true;
                    log.info("Another node is doing the start-up work: waiting for it");
                    statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
                }
            }
            lock = connection;
        } else {
            connection.close();
        }
        waitedMillis = (System.nanoTime() - started) / 1_000_000;
        firstStart = !markers.isDone(FIRST_START);
    }

    void end() throws SQLException {
        if (firstStart) {
            markers.markDone(FIRST_START);
        }
        outcome = waited
                ? "waited " + waitedMillis + " ms for another node's start-up work, then found it done"
                : firstStart ? "did the start-up work of a new database" : "did the start-up work";
        log.info("Start-up work: {}", outcome);
        if (lock != null) {
            try (Statement statement = lock.createStatement()) {
                statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
            } finally {
                lock.close();
                lock = null;
            }
        }
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("startupWork", outcome)
                .withDetail("waitedForLockMs", waitedMillis)
                .build();
    }

    /** The first and the last start-up runner: they hold the lock while the others run. */
    @Configuration(proxyBeanMethods = false)
    static class Runners {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        ApplicationRunner beginStartupWork(StartupWork work) {
            return args -> work.begin();
        }

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner endStartupWork(StartupWork work) {
            return args -> work.end();
        }
    }
}
