package dev.tessera.security;

import dev.tessera.support.OnPostgres;

@OnPostgres
class PostgresLoginThrottleTest extends LoginThrottleTest {}
