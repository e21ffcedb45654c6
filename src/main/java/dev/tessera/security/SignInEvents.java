package dev.tessera.security;

import dev.tessera.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins and their failures, from Spring Security's events: failures count towards the throttle, and the audit
 * log gets browser sign-ins, every failure and every lock (API calls authenticate on each request, so their
 * successes are not logged one by one).
 */
@Component
class SignInEvents {

    private final LoginThrottle throttle;
    private final ApplicationEventPublisher publisher;

    SignInEvents(LoginThrottle throttle, ApplicationEventPublisher publisher) {
        this.throttle = throttle;
        this.publisher = publisher;
    }

    @EventListener
    void badCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        audit(name, "sign_in_failed", "wrong username or password");
        if (throttle.failed(name)) {
            audit(
                    name,
                    "sign_in_locked",
                    LoginThrottle.ATTEMPTS + " failed attempts within "
                            + LoginThrottle.WINDOW.toMinutes() + " minutes: refused for "
                            + LoginThrottle.LOCK.toMinutes()
                            + " minutes");
        }
    }

    @EventListener
    void locked(AuthenticationFailureLockedEvent event) {
        audit(event.getAuthentication().getName(), "sign_in_failed", "refused: locked after failed attempts");
    }

    @EventListener
    void disabled(AuthenticationFailureDisabledEvent event) {
        audit(event.getAuthentication().getName(), "sign_in_failed", "refused: the account is disabled");
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit(event.getAuthentication().getName(), "sign_in", "browser");
    }

    private void audit(String name, String action, String detail) {
        String who =
                name == null || name.isBlank() ? "(no username)" : name.length() > 64 ? name.substring(0, 64) : name;
        publisher.publishEvent(AuditEvent.of(who, action, who, detail));
    }
}
