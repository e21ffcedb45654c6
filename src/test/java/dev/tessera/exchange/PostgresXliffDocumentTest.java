package dev.tessera.exchange;

import dev.tessera.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** XliffDocumentTest again, on PostgreSQL. */
@ActiveProfiles({"test", "postgres"})
class PostgresXliffDocumentTest extends XliffDocumentTest {

    @BeforeAll
    static void needsPostgres() {
        Postgres.requireUrl();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, "tessera_test_rest");
    }
}
