package dev.tessera.translation;

import dev.tessera.support.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class PostgresPersistenceTest extends PersistenceContract {

    @BeforeAll
    static void needsPostgres() {
        Postgres.requireUrl();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, "tessera_test_persistence");
    }
}
