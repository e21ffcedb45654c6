package dev.tessera.security;

import dev.tessera.support.OnPostgres;

/** The API tokens again, kept in PostgreSQL. */
@OnPostgres
class PostgresTokenApiTest extends TokenApiTest {}
