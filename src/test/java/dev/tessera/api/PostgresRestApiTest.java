package dev.tessera.api;

import dev.tessera.support.OnPostgres;

/** The whole REST contract again, on PostgreSQL. */
@OnPostgres
class PostgresRestApiTest extends RestApiTest {}
