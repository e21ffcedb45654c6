package dev.tessera.project;

import dev.tessera.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** A user's role in one project and the target locales they may write there (none named: all of them). */
@Entity
@Table(name = "project_member")
@IdClass(ProjectMember.Key.class)
class ProjectMember {

    record Key(Long projectId, String username) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Id
    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private String locales;

    @Column(name = "signs_off", nullable = false)
    private boolean signsOff;

    protected ProjectMember() {}

    ProjectMember(long projectId, String username, Role role, List<String> locales) {
        this.projectId = projectId;
        this.username = username;
        set(role, locales, false);
    }

    void set(Role role, List<String> locales, boolean signsOff) {
        this.role = role;
        this.locales = String.join(",", locales);
        this.signsOff = signsOff;
    }

    MemberInfo info() {
        return new MemberInfo(
                username, role, locales.isEmpty() ? List.of() : Arrays.asList(locales.split(",")), signsOff);
    }
}
