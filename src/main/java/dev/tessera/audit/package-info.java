/**
 * The audit log: every {@link dev.tessera.shared.AuditEvent} a feature publishes is kept, and administrators (and
 * a project's managers, for that project) read it filtered by user, project and time, as JSON, CSV or in the audit page. Nothing
 * depends on this feature: the others only publish events.
 */
package dev.tessera.audit;
