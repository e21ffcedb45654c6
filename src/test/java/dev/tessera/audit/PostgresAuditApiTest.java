package dev.tessera.audit;

import dev.tessera.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit log again, kept in PostgreSQL. */
@ActiveProfiles({"test", "postgres"})
class PostgresAuditApiTest extends AuditApiTest {

    @BeforeAll
    static void needsPostgres() {
        Postgres.requireUrl();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, "tessera_test_audit");
    }
}
