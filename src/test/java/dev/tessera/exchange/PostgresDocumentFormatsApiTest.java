package dev.tessera.exchange;

import dev.tessera.support.OnPostgres;

/** HTML and Markdown documents in and out again, on PostgreSQL. */
@OnPostgres
class PostgresDocumentFormatsApiTest extends DocumentFormatsApiTest {}
