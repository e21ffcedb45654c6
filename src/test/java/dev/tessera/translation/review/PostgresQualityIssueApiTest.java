package dev.tessera.translation.review;

import dev.tessera.support.OnPostgres;

/** Typed quality issues and the score again, on PostgreSQL. */
@OnPostgres
class PostgresQualityIssueApiTest extends QualityIssueApiTest {}
