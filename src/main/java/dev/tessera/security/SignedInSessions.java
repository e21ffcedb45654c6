package dev.tessera.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The browser sessions of each signed-in user, known from the moment sign-in stores the security context in the
 * session, so that disabling a user (or changing their role or password) ends their sessions at once: the
 * session is invalidated, and Vaadin closes its UIs, push connection included.
 */
@Component
class SignedInSessions implements HttpSessionAttributeListener, HttpSessionListener {

    private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        remember(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        remember(event);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        byUser.values().forEach(sessions -> sessions.remove(event.getSession()));
    }

    /** Ends every browser session of the user; answers how many there were. */
    int end(String username) {
        Set<HttpSession> sessions = byUser.remove(key(username));
        if (sessions == null) {
            return 0;
        }
        List<HttpSession> ended = List.copyOf(sessions);
        for (HttpSession session : ended) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // Ended meanwhile: nothing left to do.
            }
        }
        return ended.size();
    }

    private void remember(HttpSessionBindingEvent event) {
        if (HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY.equals(event.getName())
                && event.getValue() instanceof SecurityContext context) {
            Authentication auth = context.getAuthentication();
            if (auth != null && auth.isAuthenticated()) {
                byUser.computeIfAbsent(key(auth.getName()), k -> ConcurrentHashMap.newKeySet())
                        .add(event.getSession());
            }
        }
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
