package dev.tessera.project;

import dev.tessera.security.Role;
import dev.tessera.security.UserService;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.AuditEvent;
import dev.tessera.shared.Locales;
import dev.tessera.shared.Subject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a project (MANAGER and up in it): its name, whether it is open, its target locales (one taken away
 * takes its translations with it), and its members.
 */
@Service
public class ProjectAdministration {

    private static final BigDecimal MAX_THRESHOLD = BigDecimal.valueOf(1000);

    private final ProjectService projects;
    private final ProjectAccess access;
    private final ProjectMemberRepository members;
    private final DocumentRepository documents;
    private final UserService users;
    private final ApplicationEventPublisher publisher;
    private final DocumentService documentService;
    private final JdbcClient jdbc;

    ProjectAdministration(
            ProjectService projects,
            ProjectAccess access,
            ProjectMemberRepository members,
            DocumentRepository documents,
            UserService users,
            ApplicationEventPublisher publisher,
            DocumentService documentService,
            JdbcClient jdbc) {
        this.documentService = documentService;
        this.jdbc = jdbc;
        this.projects = projects;
        this.access = access;
        this.members = members;
        this.documents = documents;
        this.users = users;
        this.publisher = publisher;
    }

    @Transactional
    public ProjectInfo update(String slug, ProjectChange change) {
        Project project = projects.find(slug);
        String manager = access.require(project.info(), Role.MANAGER);
        List<String> changed = new ArrayList<>();
        if (change.name() != null) {
            project.rename(ProjectService.checkedName(change.name(), Subject.PROJECT_NAME));
            changed.add("name \"" + project.info().name() + "\"");
        }
        if (change.open() != null && change.open() != project.info().open()) {
            project.open(change.open());
            changed.add(change.open() ? "opened" : "closed");
        }
        if (change.targetLocales() != null) {
            List<String> before = project.info().targetLocales();
            List<String> after = ProjectService.targetLocales(
                    change.targetLocales(), project.info().sourceLocale());
            List<String> removed =
                    before.stream().filter(l -> !after.contains(l)).toList();
            project.targetLocales(after);
            if (!removed.isEmpty()) {
                publisher.publishEvent(new LocalesRemoved(
                        slug,
                        documents.summaries(project.id()).stream()
                                .map(DocumentSummary::id)
                                .toList(),
                        removed));
            }
            if (!after.equals(before)) {
                changed.add("target locales " + String.join(" ", after));
            }
        }
        if (change.qualityThreshold() != null
                && change.qualityThreshold().compareTo(project.info().qualityThreshold()) != 0) {
            project.qualityThreshold(checkedThreshold(change.qualityThreshold()));
            changed.add("quality threshold " + project.info().qualityThreshold().toPlainString());
        }
        if (change.secondReview() != null
                && change.secondReview() != project.info().secondReview()) {
            project.secondReview(change.secondReview());
            changed.add(change.secondReview() ? "second review on" : "second review off");
        }
        if (change.abbreviations() != null) {
            List<String> abbreviations = Abbreviations.checked(change.abbreviations());
            if (!abbreviations.equals(project.info().abbreviations())) {
                project.abbreviations(abbreviations);
                changed.add("abbreviations " + String.join(" ", abbreviations));
            }
        }
        if (!changed.isEmpty()) {
            publisher.publishEvent(
                    new AuditEvent(manager, "project_changed", "project:" + slug, String.join(", ", changed), slug));
        }
        return project.info();
    }

    /** 0 to 1,000 points per 1,000 words, to two decimals. */
    private static BigDecimal checkedThreshold(BigDecimal threshold) {
        if (threshold.signum() < 0
                || threshold.compareTo(MAX_THRESHOLD) > 0
                || threshold.stripTrailingZeros().scale() > 2) {
            throw ApiException.validation("\"qualityThreshold\" must be a number of points per 1,000 words from 0 to"
                            + " 1000, with at most two decimals.")
                    .text("project.quality-threshold-invalid");
        }
        return threshold.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Deletes the project with its documents, translations, history, comments and glossary links (never the
     * glossaries), once the slug is typed again as {@code confirm}.
     */
    @Transactional
    public void delete(String slug, String confirm) {
        Project project = projects.find(slug);
        String manager = access.require(project.info(), Role.MANAGER);
        if (!slug.equals(confirm)) {
            throw ApiException.validation("Type the project's slug to confirm: ?confirm=" + slug)
                    .text("project.delete-unconfirmed", slug);
        }
        List<Long> documentIds = documents.summaries(project.id()).stream()
                .map(DocumentSummary::id)
                .toList();
        deleteDocuments(documentIds);
        publisher.publishEvent(new ProjectDeleted(project.id(), slug));
        jdbc.sql("delete from project_member where project_id = ?")
                .param(project.id())
                .update();
        jdbc.sql("delete from project where id = ?").param(project.id()).update();
        access.forget();
        publisher.publishEvent(new AuditEvent(
                manager, "project_deleted", "project:" + slug, documentIds.size() + " document(s)", slug));
    }

    /** Renames a document of the project (MANAGER and up in it); names stay unique in the project. */
    @Transactional
    public DocumentSummary renameDocument(long documentId, String name) {
        DocumentInfo document = documentService.document(documentId);
        String manager = access.require(document.project(), Role.MANAGER);
        String checked = ProjectService.checkedName(name, Subject.DOCUMENT_NAME);
        if (!checked.equals(document.name())
                && documents.existsByProjectIdAndName(document.project().id(), checked)) {
            throw ApiException.duplicate("The project has a document named \"" + checked + "\" already.")
                    .text("project.document-name-exists", checked);
        }
        jdbc.sql("update document set name = ? where id = ?")
                .params(checked, documentId)
                .update();
        publisher.publishEvent(new AuditEvent(
                manager,
                "document_renamed",
                "document:" + documentId,
                "\"" + document.name() + "\" → \"" + checked + "\"",
                document.project().slug()));
        return new DocumentSummary(documentId, checked, document.segmentCount(), document.format());
    }

    /** Deletes a document with its translations, history and comments (MANAGER and up in its project). */
    @Transactional
    public void deleteDocument(long documentId) {
        DocumentInfo document = documentService.document(documentId);
        String manager = access.require(document.project(), Role.MANAGER);
        deleteDocuments(List.of(documentId));
        publisher.publishEvent(new AuditEvent(
                manager,
                "document_deleted",
                "document:" + documentId,
                "\"" + document.name() + "\"",
                document.project().slug()));
    }

    private void deleteDocuments(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        publisher.publishEvent(new DocumentsDeleted(documentIds));
        jdbc.sql("delete from segment where document_id in (:ids)")
                .param("ids", documentIds)
                .update();
        jdbc.sql("delete from document where id in (:ids)")
                .param("ids", documentIds)
                .update();
    }

    @Transactional(readOnly = true)
    public List<MemberInfo> members(String slug) {
        Project project = projects.find(slug);
        access.require(project.info(), Role.MANAGER);
        return members.findByProjectIdOrderByUsernameAsc(project.id()).stream()
                .map(ProjectMember::info)
                .toList();
    }

    /** Makes the user a member with the role and locales, or changes their membership. */
    @Transactional
    public MemberInfo putMember(String slug, String username, Role role, List<String> locales) {
        return putMember(slug, username, role, locales, false);
    }

    /**
     * Makes the user a member with the role and locales, or changes their membership; {@code signsOff} lets a reviewer
     * sign off approved segments where the project has a second review step.
     */
    @Transactional
    public MemberInfo putMember(String slug, String username, Role role, List<String> locales, boolean signsOff) {
        Project project = projects.find(slug);
        String manager = access.require(project.info(), Role.MANAGER);
        Role global = users.roleOf(username)
                .orElseThrow(() -> ApiException.notFound("There is no user \"" + username + "\".")
                        .text("project.user-not-found", username));
        if (role == null || role == Role.ADMIN) {
            throw ApiException.validation("\"role\" must be TRANSLATOR, REVIEWER or MANAGER.")
                    .text("project.member-role-invalid");
        }
        if (!global.includes(role)) {
            throw ApiException.validation("\"" + username + "\" is a " + global + "; their role in a project cannot"
                            + " be above that.")
                    .text("project.member-role-above-global", username, String.valueOf(global));
        }
        List<String> memberLocales = new ArrayList<>();
        for (String locale : locales == null ? List.<String>of() : locales) {
            String canonical = Locales.canonical(locale);
            if (!project.info().hasTargetLocale(canonical)) {
                throw ApiException.validation("The project does not translate into " + canonical + "; its target"
                                + " locales are " + project.info().targetLocales() + ".")
                        .text(
                                "project.member-locale-not-target",
                                canonical,
                                String.valueOf(project.info().targetLocales()));
            }
            if (!memberLocales.contains(canonical)) {
                memberLocales.add(canonical);
            }
        }
        ProjectMember member = members.findByProjectIdAndUsername(project.id(), username)
                .orElseGet(() -> new ProjectMember(project.id(), username, role, memberLocales));
        member.set(role, memberLocales, signsOff && role.includes(Role.REVIEWER));
        members.save(member);
        access.forget();
        publisher.publishEvent(new AuditEvent(
                manager,
                "member_set",
                username,
                role
                        + (memberLocales.isEmpty() ? ", every locale" : ", " + String.join(" ", memberLocales))
                        + (member.info().signsOff() ? ", signs off" : ""),
                slug));
        return member.info();
    }

    @Transactional
    public void removeMember(String slug, String username) {
        Project project = projects.find(slug);
        String manager = access.require(project.info(), Role.MANAGER);
        if (members.remove(project.id(), username) == 0) {
            throw ApiException.notFound("\"" + username + "\" is not a member of \"" + slug + "\".")
                    .text("project.member-not-found", username, slug);
        }
        access.forget();
        publisher.publishEvent(new AuditEvent(manager, "member_removed", username, null, slug));
    }
}
