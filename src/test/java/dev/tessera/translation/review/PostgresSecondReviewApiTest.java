package dev.tessera.translation.review;

import dev.tessera.support.OnPostgres;

/** The second review step again, on PostgreSQL. */
@OnPostgres
class PostgresSecondReviewApiTest extends SecondReviewApiTest {}
