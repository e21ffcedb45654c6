package dev.tessera.audit;

import dev.tessera.support.OnPostgres;

/** The audit log again, kept in PostgreSQL. */
@OnPostgres
class PostgresAuditApiTest extends AuditApiTest {}
