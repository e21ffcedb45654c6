package dev.tessera.translation.quality;

import dev.tessera.support.OnPostgres;

/** The checks over whole documents again, on PostgreSQL. */
@OnPostgres
class PostgresDocumentRulesApiTest extends DocumentRulesApiTest {}
