package dev.tessera;

import dev.tessera.support.PostgresSchema;
import java.util.Map;

/** {@link CrashDurabilityTest} on PostgreSQL. */
class PostgresCrashDurabilityTest extends CrashDurabilityTest {

    @Override
    Map<String, String> settings() {
        return PostgresSchema.settings("tessera_test_crash");
    }
}
