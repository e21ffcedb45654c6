package dev.tessera.security;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.AuditEvent;
import dev.tessera.shared.ClusterBus;
import dev.tessera.shared.UiLanguage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Users (ADMIN): create them, change their name, role, password, disable and enable them; and every user's own
 * password. A change of role, password or the disabling of an account ends the user's browser sessions once the
 * change is committed (API calls check the account at each request anyway).
 */
@Service
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final TesseraSettings settings;
    private final SignedInSessions sessions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    private final ClusterBus cluster;

    UserService(
            UserAccountRepository users,
            PasswordEncoder encoder,
            CurrentUser currentUser,
            TesseraSettings settings,
            SignedInSessions sessions,
            ApplicationEventPublisher publisher,
            Clock clock,
            ClusterBus cluster) {
        this.cluster = cluster;
        cluster.subscribe("sessions-end", sessions::end);
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.settings = settings;
        this.sessions = sessions;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A new user as the administrator types it. */
    public record NewUser(String username, String displayName, Role role, String password) {}

    /** What an administrator changes; null fields stay as they are. */
    public record UserChange(String displayName, Role role, Boolean enabled, String password) {}

    @Transactional(readOnly = true)
    public List<UserSummary> users() {
        currentUser.require(Role.ADMIN);
        return users.findAllByOrderByUsernameAsc().stream().map(UserSummary::of).toList();
    }

    /** The global role of the user, if there is one by that name (for project memberships). */
    @Transactional(readOnly = true)
    public java.util.Optional<Role> roleOf(String username) {
        return users.findByUsername(username).map(UserAccount::role);
    }

    @Transactional
    public UserSummary create(NewUser user) {
        String admin = currentUser.require(Role.ADMIN);
        String username = user.username() == null ? "" : user.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw ApiException.validation("\"username\" must be 2 to 64 letters, digits or . _ @ -, starting with a"
                            + " letter or digit.")
                    .text("security.username-invalid");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw ApiException.duplicate("There is already a user \"" + username + "\".")
                    .text("security.user-exists", username);
        }
        if (user.role() == null) {
            throw ApiException.validation("\"role\" is required: TRANSLATOR, REVIEWER, MANAGER or ADMIN.")
                    .text("security.role-missing");
        }
        PasswordPolicy.check(username, user.password(), settings.demo());
        UserAccount account = users.save(new UserAccount(
                username,
                displayName(user.displayName(), username),
                encoder.encode(user.password()),
                user.role(),
                clock.instant()));
        audit(admin, "user_created", username, "role " + user.role());
        return UserSummary.of(account);
    }

    @Transactional
    public UserSummary update(String username, UserChange change) {
        String admin = currentUser.require(Role.ADMIN);
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> ApiException.notFound("There is no user \"" + username + "\".")
                        .text("security.user-not-found", username));
        List<String> changed = new ArrayList<>();
        boolean endSessions = false;
        if (change.displayName() != null) {
            account.setDisplayName(displayName(change.displayName(), username));
            changed.add("display name");
        }
        if (change.role() != null && change.role() != account.role()) {
            if (account.role() == Role.ADMIN) {
                keepAnAdministrator(account, admin, "role", "lose the ADMIN role", "take the ADMIN role from yourself");
            }
            changed.add("role " + account.role() + " → " + change.role());
            account.setRole(change.role());
            endSessions = true;
        }
        if (change.enabled() != null && change.enabled() != account.enabled()) {
            if (!change.enabled() && account.role() == Role.ADMIN) {
                keepAnAdministrator(account, admin, "disable", "be disabled", "disable your own account");
            }
            account.setEnabled(change.enabled());
            changed.add(change.enabled() ? "enabled" : "disabled");
            endSessions |= !change.enabled();
        }
        if (change.password() != null) {
            PasswordPolicy.check(username, change.password(), settings.demo());
            account.setPasswordHash(encoder.encode(change.password()));
            changed.add("password reset");
            endSessions = true;
        }
        if (!changed.isEmpty()) {
            audit(admin, "user_changed", username, String.join(", ", changed));
        }
        if (endSessions) {
            endSessionsAfterCommit(username);
        }
        return UserSummary.of(account);
    }

    /** The language the signed-in user chose for their screens, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<UiLanguage> ownUiLanguage() {
        return currentUser
                .username()
                .flatMap(users::findByUsername)
                .map(UserAccount::uiLanguage)
                .flatMap(UiLanguage::byTag);
    }

    /** Keeps the signed-in user's language for their screens, on every node and in later sessions. */
    @Transactional
    public void chooseOwnUiLanguage(UiLanguage language) {
        String username = currentUser
                .username()
                .orElseThrow(() -> new NotPermittedException("Sign in first.").text("security.sign-in-first"));
        users.findByUsername(username)
                .orElseThrow(() -> new NotPermittedException("Sign in first.").text("security.sign-in-first"))
                .setUiLanguage(language.tag());
    }

    /** The signed-in user's own password, the current one required. Their other sessions go on. */
    @Transactional
    public void changeOwnPassword(String current, String next) {
        String username = currentUser
                .username()
                .orElseThrow(() -> new NotPermittedException("Sign in first.").text("security.sign-in-first"));
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new NotPermittedException("Sign in first.").text("security.sign-in-first"));
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw ApiException.validation("The current password is not right.").text("password.current-wrong");
        }
        PasswordPolicy.check(username, next, settings.demo());
        account.setPasswordHash(encoder.encode(next));
        audit(username, "password_changed", username, null);
    }

    /** The last enabled administrator stays one, so that somebody can always administer Tessera. */
    /** @param change which change it refuses, for the screens' texts: {@code role} or {@code disable} */
    private void keepAnAdministrator(UserAccount account, String admin, String change, String what, String self) {
        if (account.enabled() && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw ApiException.invalidState("\"" + account.username() + "\" is the last enabled administrator and"
                            + " cannot " + what + "; make another user ADMIN first.")
                    .text("security.last-administrator", account.username(), what, change);
        }
        if (account.username().equals(admin)) {
            throw ApiException.invalidState("You cannot " + self + "; ask another administrator.")
                    .text("security.not-yourself", self, change);
        }
    }

    private void endSessionsAfterCommit(String username) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.end(username);
            }
        });
        cluster.publish("sessions-end", username);
    }

    private static String displayName(String displayName, String username) {
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (name.length() > 200) {
            throw ApiException.validation("\"displayName\" is longer than 200 characters.")
                    .text("security.display-name-too-long");
        }
        return name;
    }

    private void audit(String actor, String action, String target, String detail) {
        publisher.publishEvent(AuditEvent.of(actor, action, target, detail));
    }
}
