package dev.tessera.memory;

import dev.tessera.support.OnPostgres;

/** Translation memories through the REST API again, on PostgreSQL. */
@OnPostgres
class PostgresMemoryApiTest extends MemoryApiTest {}
