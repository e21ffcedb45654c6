package dev.tessera.project;

import dev.tessera.security.CurrentUser;
import dev.tessera.security.NotPermittedException;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.ClusterBus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the signed-in user may do in a project. An administrator does anything anywhere; a member works with their
 * role in the project (never above their global role) and, when the membership names locales, writes only those;
 * anyone else works on an open project with their global role, and a closed project does not exist for them.
 */
@Component
public class ProjectAccess {

    private static final int MAX_CACHED = 10_000;

    private final CurrentUser currentUser;
    private final ProjectMemberRepository members;
    /**
     * Memberships by project and username, as last read. They change rarely and are read on every request, so
     * they are kept here and forgotten whenever one changes (see {@link #forget}).
     */
    private final Map<String, Optional<MemberInfo>> memberships = new ConcurrentHashMap<>();

    private final ClusterBus cluster;

    ProjectAccess(CurrentUser currentUser, ProjectMemberRepository members, ClusterBus cluster) {
        this.currentUser = currentUser;
        this.members = members;
        this.cluster = cluster;
        cluster.subscribe("memberships", message -> memberships.clear());
        cluster.subscribe(ClusterBus.RESYNC, message -> memberships.clear());
    }

    /**
     * A user's standing in a project.
     *
     * @param signsOff may sign off approved segments where the project has a second review step: a manager, or a
     *     reviewer whose membership says so
     */
    public record Access(String username, Role role, List<String> locales, boolean signsOff) {

        Access(String username, Role role, List<String> locales) {
            this(username, role, locales, role.includes(Role.MANAGER));
        }

        public boolean includes(Role wanted) {
            return role.includes(wanted);
        }

        /** Whether they may write targets in the locale. */
        public boolean writes(String locale) {
            return locales.isEmpty() || locales.contains(locale);
        }
    }

    /** The signed-in user's standing in the project; empty when the project is closed to them. */
    // Reads memberships in the caller's transaction when there is one; a cached answer never opens one.
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<Access> of(ProjectInfo project) {
        Optional<String> username = currentUser.username();
        Optional<Role> global = currentUser.role();
        if (username.isEmpty() || global.isEmpty()) {
            return Optional.empty();
        }
        if (global.get() == Role.ADMIN) {
            return Optional.of(new Access(username.get(), Role.ADMIN, List.of()));
        }
        Optional<MemberInfo> member = membership(project.id(), username.get());
        if (member.isPresent()) {
            MemberInfo info = member.get();
            Role role = global.get().includes(info.role()) ? info.role() : global.get();
            return Optional.of(
                    new Access(username.get(), role, info.locales(), role.includes(Role.MANAGER) || info.signsOff()));
        }
        return project.open() ? Optional.of(new Access(username.get(), global.get(), List.of())) : Optional.empty();
    }

    /** The standing, or 404 as if the project did not exist. */
    public Access visible(ProjectInfo project) {
        return of(project)
                .orElseThrow(() -> ApiException.notFound("There is no project \"" + project.slug() + "\".")
                        .text("project.not-found", project.slug()));
    }

    /** The username, when the user's role in the project is at least {@code role}; 403 (or 404) otherwise. */
    public String require(ProjectInfo project, Role role) {
        return checked(project, role).username();
    }

    /** As {@link #require}, and the locale must be one the user may write in the project. */
    public String requireWrite(ProjectInfo project, String locale, Role role) {
        Access access = checked(project, role);
        if (!access.writes(locale)) {
            throw new NotPermittedException("Your membership of \"" + project.slug() + "\" does not include " + locale
                    + "; you may read it but not change it.");
        }
        return access.username();
    }

    private Access checked(ProjectInfo project, Role role) {
        Access access = visible(project);
        if (!access.includes(role)) {
            throw new NotPermittedException("In the project \"" + project.slug() + "\" this needs the " + role
                    + " role or higher; yours there is " + access.role() + ".");
        }
        return access;
    }

    /** Whether the user may write targets in the locale with at least the role (for read-only editors). */
    public boolean mayWrite(ProjectInfo project, String locale, Role role) {
        return of(project).map(a -> a.includes(role) && a.writes(locale)).orElse(false);
    }

    private Optional<MemberInfo> membership(long projectId, String username) {
        if (memberships.size() > MAX_CACHED) {
            memberships.clear();
        }
        return memberships.computeIfAbsent(
                projectId + "/" + username,
                key -> members.findByProjectIdAndUsername(projectId, username).map(ProjectMember::info));
    }

    /** Forgets the memberships read so far: now, and again when the changing transaction commits. */
    void forget() {
        memberships.clear();
        cluster.publish("memberships", "");
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    memberships.clear();
                }
            });
        }
    }

    /** The ids of the projects the signed-in user is a member of. */
    List<Long> membershipsOfCurrentUser() {
        return currentUser.username().map(members::projectIdsOf).orElse(List.of());
    }
}
