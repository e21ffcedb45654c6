/**
 * Users and their administration, roles, sign-in and its throttling, API tokens, the current user and My account.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared"})
package dev.tessera.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
