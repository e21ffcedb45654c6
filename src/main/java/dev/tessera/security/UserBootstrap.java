package dev.tessera.security;

import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives an empty user table its first users: the four demo users in demo mode, otherwise the administrator
 * named by TESSERA_ADMIN_USERNAME and TESSERA_ADMIN_PASSWORD. Outside demo mode no account keeps a demo
 * password (a database once started in demo mode has its demo accounts disabled), and start-up fails when
 * no enabled administrator is left and the environment names none or a weak one.
 */
@Component
@Order(0)
class UserBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final TesseraSettings settings;
    private final Clock clock;

    UserBootstrap(UserAccountRepository users, PasswordEncoder encoder, TesseraSettings settings, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (settings.demo()) {
            if (users.count() == 0) {
                for (Role role : Role.values()) {
                    String name = demoName(role);
                    add(name, capitalize(name), name, role);
                }
                log.info("Demo mode: created the users admin, manager, reviewer and translator (password = username)");
            }
            return;
        }
        disableDemoPasswords();
        if (users.existsByRoleAndEnabledTrue(Role.ADMIN)) {
            return;
        }
        String username = settings.admin().username();
        String password = settings.admin().password();
        String problem = adminProblem(username, password);
        if (problem != null) {
            throw new IllegalStateException(
                    "Tessera has no enabled administrator and is not in demo mode. " + problem
                            + " Set TESSERA_ADMIN_USERNAME and TESSERA_ADMIN_PASSWORD (at least "
                            + PasswordPolicy.MIN_LENGTH
                            + " characters, not a common password) and start again, or start in demo mode with TESSERA_DEMO=true.");
        }
        String name = username.strip();
        users.findByUsername(name)
                .ifPresentOrElse(
                        existing -> existing.restoreAsAdministrator(encoder.encode(password)),
                        () -> add(name, name, password, Role.ADMIN));
        log.info("Administrator '{}' set from the environment", name);
    }

    /** Outside demo mode, the demo accounts are disabled while their password is still their username. */
    private void disableDemoPasswords() {
        for (Role role : Role.values()) {
            users.findByUsername(demoName(role))
                    .filter(account -> account.enabled() && encoder.matches(account.username(), account.passwordHash()))
                    .ifPresent(account -> {
                        account.disable();
                        log.warn(
                                "Disabled the demo account '{}': its password is its username and demo mode is off",
                                account.username());
                    });
        }
    }

    static String demoName(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    static String adminProblem(String username, String password) {
        if (username == null || username.isBlank()) {
            return "TESSERA_ADMIN_USERNAME is missing.";
        }
        if (password == null || password.isEmpty()) {
            return "TESSERA_ADMIN_PASSWORD is missing.";
        }
        String problem = PasswordPolicy.problem(username, password, false);
        return problem == null ? null : "TESSERA_ADMIN_PASSWORD: " + problem;
    }

    private void add(String username, String displayName, String password, Role role) {
        users.save(new UserAccount(username, displayName, encoder.encode(password), role, clock.instant()));
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
