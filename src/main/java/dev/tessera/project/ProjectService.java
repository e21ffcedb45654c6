package dev.tessera.project;

import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.AuditEvent;
import dev.tessera.shared.Locales;
import dev.tessera.shared.Subject;
import dev.tessera.shared.UploadedText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProjectService {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final int MAX_NAME_LENGTH = 200;

    private final ProjectRepository projects;
    private final DocumentRepository documents;
    private final CurrentUser currentUser;
    private final ProjectAccess access;
    private final ProjectMemberRepository members;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    ProjectService(
            ProjectRepository projects,
            DocumentRepository documents,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher publisher,
            ProjectAccess access,
            ProjectMemberRepository members) {
        this.members = members;
        this.access = access;
        this.publisher = publisher;
        this.projects = projects;
        this.documents = documents;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The projects the signed-in user sees: the open ones, those they are a member of, every one for an admin. */
    @Transactional(readOnly = true)
    public List<ProjectInfo> projects() {
        currentUser.require(Role.TRANSLATOR);
        boolean admin = currentUser.hasRole(Role.ADMIN);
        java.util.Set<Long> memberOf = java.util.Set.copyOf(access.membershipsOfCurrentUser());
        return projects.findAllByOrderByNameAsc().stream()
                .map(Project::info)
                .filter(p -> admin || p.open() || memberOf.contains(p.id()))
                .toList();
    }

    /** Every target locale of any project, for warming what serves them after start-up (background work, no user). */
    @Transactional(readOnly = true)
    public java.util.SortedSet<String> targetLocalesOfAllProjects() {
        return projects.findAll().stream()
                .flatMap(project -> project.info().targetLocales().stream())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The project with this id, if there is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<ProjectInfo> project(long id) {
        currentUser.require(Role.TRANSLATOR);
        return projects.findById(id).map(Project::info).filter(p -> access.of(p).isPresent());
    }

    @Transactional(readOnly = true)
    public ProjectInfo project(String slug) {
        currentUser.require(Role.TRANSLATOR);
        ProjectInfo project = find(slug).info();
        access.visible(project);
        return project;
    }

    /** The project, when the signed-in user manages it (their role in it is MANAGER or ADMIN); 403 or 404 else. */
    @Transactional(readOnly = true)
    public ProjectInfo managed(String slug) {
        ProjectInfo project = project(slug);
        access.require(project, Role.MANAGER);
        return project;
    }

    @Transactional(readOnly = true)
    public List<DocumentSummary> documents(String slug) {
        return documents.summaries(project(slug).id());
    }

    @Transactional
    public ProjectInfo create(NewProject request) {
        String actor = currentUser.require(Role.MANAGER);
        String slug = request.slug() == null ? "" : request.slug();
        if (!SLUG.matcher(slug).matches()) {
            throw ApiException.validation("The slug \"" + slug + "\" must be 2 to 63 characters of a-z, 0-9 and"
                            + " hyphens, starting with a letter or digit.")
                    .text("project.slug-invalid", slug);
        }
        String name = checkedName(request.name(), Subject.PROJECT_NAME);
        String source = Locales.canonical(request.sourceLocale());
        List<String> targets = targetLocales(request.targetLocales(), source);
        if (projects.existsBySlug(slug)) {
            throw ApiException.duplicate("A project with the slug \"" + slug + "\" exists already; choose another.")
                    .text("project.slug-taken", slug);
        }
        ProjectInfo created;
        try {
            created = projects.saveAndFlush(new Project(slug, name, source, targets, clock.instant()))
                    .info();
            // The creator manages it even once it is closed.
            members.save(new ProjectMember(created.id(), actor, Role.MANAGER, List.of()));
        } catch (DataIntegrityViolationException e) {
            throw ApiException.duplicate("A project with the slug \"" + slug + "\" exists already; choose another.")
                    .text("project.slug-taken", slug);
        }
        publisher.publishEvent(new AuditEvent(
                actor,
                "project_created",
                "project:" + slug,
                "\"" + name + "\", " + source + " → " + String.join(" ", targets),
                slug));
        return created;
    }

    Project findById(long id) {
        return projects.findById(id)
                .orElseThrow(() -> ApiException.notFound("There is no project " + id + ".")
                        .text("project.not-found-id", String.valueOf(id)));
    }

    Project find(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw ApiException.validation("\"" + slug + "\" is not a project slug (a-z, 0-9 and hyphens).")
                    .text("project.slug-malformed", String.valueOf(slug));
        }
        return projects.findBySlug(slug)
                .orElseThrow(() -> ApiException.notFound("There is no project \"" + slug + "\".")
                        .text("project.not-found", slug));
    }

    static String checkedName(String name, Subject subject) {
        String what = subject.english();
        String kind = subject.kind();
        if (name == null || name.isBlank()) {
            throw ApiException.validation(what + " is required.").text("project.name-required", what, kind);
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw ApiException.validation(what + " is longer than " + MAX_NAME_LENGTH + " characters.")
                    .text("project.name-too-long", what, kind, MAX_NAME_LENGTH);
        }
        UploadedText.check(stripped, subject);
        if (stripped.contains("\n") || stripped.contains("\r") || stripped.contains("\t")) {
            throw ApiException.validation(what + " must be a single line.").text("project.name-multiline", what, kind);
        }
        return stripped;
    }

    static List<String> targetLocales(List<String> requested, String source) {
        if (requested == null || requested.isEmpty()) {
            throw ApiException.validation("Name at least one target locale.").text("project.target-locale-missing");
        }
        LinkedHashSet<String> targets = new LinkedHashSet<>();
        for (String tag : requested) {
            String canonical = Locales.canonical(tag);
            if (canonical.equals(source)) {
                throw ApiException.validation("The target locale " + canonical + " is the source locale.")
                        .text("project.target-locale-is-source", canonical);
            }
            if (!targets.add(canonical)) {
                throw ApiException.validation("The target locale " + canonical + " is named twice.")
                        .text("project.target-locale-twice", canonical);
            }
        }
        return new ArrayList<>(targets);
    }
}
