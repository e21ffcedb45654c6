package dev.tessera.api;

import dev.tessera.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The glossary's enforcement again, on PostgreSQL. */
@ActiveProfiles({"test", "postgres"})
class PostgresGlossaryEnforcementTest extends GlossaryEnforcementTest {

    @BeforeAll
    static void needsPostgres() {
        Postgres.requireUrl();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, "tessera_test_rest");
    }
}
