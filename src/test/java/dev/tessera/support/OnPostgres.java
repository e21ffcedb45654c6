package dev.tessera.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs the test class on PostgreSQL (the {@code postgres} profile), in its Spring context's schema, emptied when the
 * context starts (classes with the same configuration share both, as the H2 tests share one database): an empty
 * subclass of an H2 test with this annotation runs that test again on PostgreSQL. See {@link Postgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles({"test", "postgres"})
@ExtendWith(Postgres.class)
@ContextCustomizerFactories(Postgres.class)
public @interface OnPostgres {}
