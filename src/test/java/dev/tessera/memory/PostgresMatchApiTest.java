package dev.tessera.memory;

import dev.tessera.support.OnPostgres;

/** The project memory and its matches again, on PostgreSQL. */
@OnPostgres
class PostgresMatchApiTest extends MatchApiTest {}
