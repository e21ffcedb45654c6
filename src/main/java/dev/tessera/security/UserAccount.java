package dev.tessera.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The language of the user's screens (a {@code UiLanguage} tag); null: the browser's. */
    @Column(name = "ui_language")
    private String uiLanguage;

    protected UserAccount() {}

    UserAccount(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    void disable() {
        enabled = false;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void setRole(Role role) {
        this.role = role;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Makes this account an enabled administrator with a new password. */
    void restoreAsAdministrator(String newPasswordHash) {
        passwordHash = newPasswordHash;
        role = Role.ADMIN;
        enabled = true;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    String uiLanguage() {
        return uiLanguage;
    }

    void setUiLanguage(String uiLanguage) {
        this.uiLanguage = uiLanguage;
    }
}
