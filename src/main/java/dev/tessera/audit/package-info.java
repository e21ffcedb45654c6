/**
 * The audit log: every {@link dev.tessera.shared.AuditEvent} a feature publishes is kept, and administrators (and a
 * project's managers, for that project) read it filtered by user, project and time. Nothing depends on this feature.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"project", "security", "shared"})
package dev.tessera.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
