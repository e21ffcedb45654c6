package dev.tessera.project;

import dev.tessera.support.OnPostgres;

/** Joining and splitting segments again, on PostgreSQL. */
@OnPostgres
class PostgresSegmentEditApiTest extends SegmentEditApiTest {}
