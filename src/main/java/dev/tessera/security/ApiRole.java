package dev.tessera.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role a REST operation needs (in the project, where it concerns one), and the error statuses it answers beyond
 * those its shape implies. On a controller it is the default of its operations. The OpenAPI document carries it
 * as {@code x-tessera-role} and lists the errors, so that clients and the generated robustness test can rely on
 * them.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiRole {

    Role value();

    /** Error statuses beyond 400, 401, 403, 404, 413 and 415, which follow from the operation's parameters. */
    int[] errors() default {};
}
