package dev.tessera.exchange;

import dev.tessera.support.OnPostgres;

/** ImportApiTest again, on PostgreSQL. */
@OnPostgres
class PostgresImportApiTest extends ImportApiTest {}
