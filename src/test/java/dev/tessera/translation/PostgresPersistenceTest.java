package dev.tessera.translation;

import dev.tessera.support.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@OnPostgres
class PostgresPersistenceTest extends PersistenceContract {}
