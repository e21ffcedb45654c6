package dev.tessera.project;

import dev.tessera.support.OnPostgres;

/** Membership, project and document changes again, on PostgreSQL. */
@OnPostgres
class PostgresMembershipApiTest extends MembershipApiTest {}
