package dev.tessera.audit;

import java.time.Instant;

/** One line of the audit log as readers see it; {@code project} is the project's slug or null. */
public record AuditRecord(Instant at, String actor, String action, String target, String detail, String project) {}
