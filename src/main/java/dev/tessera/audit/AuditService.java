package dev.tessera.audit;

import dev.tessera.project.ProjectAccess;
import dev.tessera.project.ProjectService;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.NotPermittedException;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log, newest first. ADMIN reads all of it; a MANAGER reads the entries of one project at a time,
 * one they manage (their role in it, membership included, is MANAGER).
 */
@Service
public class AuditService {

    /** The most rows one read answers; narrow the filter for older entries. */
    public static final int MAX_ROWS = 10_000;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final ProjectService projects;
    private final ProjectAccess access;

    AuditService(AuditEntryRepository entries, CurrentUser currentUser, ProjectService projects, ProjectAccess access) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.projects = projects;
        this.access = access;
    }

    /**
     * Up to {@code limit} (at most {@link #MAX_ROWS}) entries, newest first; each filter applies when it is not
     * null, {@code from} and {@code to} inclusive.
     */
    @Transactional(readOnly = true)
    public List<AuditRecord> entries(String user, String project, Instant from, Instant to, int limit) {
        if (limit < 1 || limit > MAX_ROWS) {
            throw ApiException.validation("limit must be between 1 and " + MAX_ROWS + ".")
                    .text("audit.limit-invalid", MAX_ROWS);
        }
        PredicateSpecification<AuditEntry> filter = filter(user, project, from, to);
        return entries
                .findBy(filter, query -> query.sortBy(NEWEST_FIRST).limit(limit).all())
                .stream()
                .map(AuditEntry::view)
                .toList();
    }

    /** One page of the same, for a lazy grid. */
    @Transactional(readOnly = true)
    public List<AuditRecord> page(String user, String project, Instant from, Instant to, Pageable page) {
        PredicateSpecification<AuditEntry> filter = filter(user, project, from, to);
        // The page's own (empty) sort would win over sortBy: the order goes into the page itself.
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST);
        return entries.findBy(filter, query -> query.slice(newestFirst)).stream()
                .map(AuditEntry::view)
                .toList();
    }

    /** Whether the signed-in user reads every project's entries, not only one project's. */
    public boolean readsEverything() {
        return currentUser.hasRole(Role.ADMIN);
    }

    private PredicateSpecification<AuditEntry> filter(String user, String project, Instant from, Instant to) {
        String slug = blankToNull(project);
        if (slug != null && !readsEverything()) {
            // A project they cannot see is one that does not exist, whatever their role.
            access.require(projects.project(slug), Role.MANAGER);
        }
        currentUser.require(Role.MANAGER);
        if (slug == null && !readsEverything()) {
            throw new NotPermittedException(
                    "A manager reads the audit log of one project at a time: name it with" + " project=<slug>.");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.validation("from (" + from + ") is after to (" + to + ").")
                    .text("audit.from-after-to", from.toString(), to.toString());
        }
        String actor = blankToNull(user);
        return (root, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (actor != null) {
                all.add(cb.equal(root.get("actor"), actor));
            }
            if (slug != null) {
                all.add(cb.equal(root.get("projectSlug"), slug));
            }
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            if (to != null) {
                all.add(cb.lessThanOrEqualTo(root.get("occurredAt"), to));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
