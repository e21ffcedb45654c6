package dev.tessera.translation;

import dev.tessera.support.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnPostgres
class PostgresPersistenceTest extends PersistenceContract {}
