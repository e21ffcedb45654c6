package dev.tessera.exchange;

import dev.tessera.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The exports again, read from PostgreSQL. */
@ActiveProfiles({"test", "postgres"})
class PostgresExportApiTest extends ExportApiTest {

    @BeforeAll
    static void needsPostgres() {
        Postgres.requireUrl();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, "tessera_test_rest");
    }
}
