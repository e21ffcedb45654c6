package dev.tessera.exchange;

import dev.tessera.support.OnPostgres;

/** The exports again, read from PostgreSQL. */
@OnPostgres
class PostgresExportApiTest extends ExportApiTest {}
