package dev.tessera.exchange;

import dev.tessera.support.OnPostgres;

/** XliffDocumentTest again, on PostgreSQL. */
@OnPostgres
class PostgresXliffDocumentTest extends XliffDocumentTest {}
