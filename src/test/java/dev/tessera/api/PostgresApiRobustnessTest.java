package dev.tessera.api;

import dev.tessera.support.OnPostgres;

/** The generated robustness test again, on PostgreSQL. */
@OnPostgres
class PostgresApiRobustnessTest extends ApiRobustnessTest {}
