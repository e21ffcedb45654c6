package dev.tessera.proofing;

import dev.tessera.support.OnPostgres;

/** Language findings and the project dictionary, on PostgreSQL. */
@OnPostgres
class PostgresProofingApiTest extends ProofingApiTest {}
