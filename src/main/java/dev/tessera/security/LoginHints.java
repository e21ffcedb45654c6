package dev.tessera.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the login page may tell a visitor. */
@Service
class LoginHints {

    private final TesseraSettings settings;
    private final UserAccountRepository users;

    LoginHints(TesseraSettings settings, UserAccountRepository users) {
        this.settings = settings;
        this.users = users;
    }

    /** The demo users are named only in demo mode, and only if they exist. */
    @Transactional(readOnly = true)
    boolean showDemoUsers() {
        return settings.demo() && users.existsByUsername(UserBootstrap.demoName(Role.TRANSLATOR));
    }
}
