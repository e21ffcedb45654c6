package dev.tessera.api;

import dev.tessera.support.OnPostgres;

/** The glossary's enforcement again, on PostgreSQL. */
@OnPostgres
class PostgresGlossaryEnforcementTest extends GlossaryEnforcementTest {}
